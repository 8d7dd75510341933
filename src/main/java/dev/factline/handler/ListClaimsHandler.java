package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.QueryParameters;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.ClaimListView;
import dev.factline.model.ClaimStatus;
import dev.factline.model.Topics;
import dev.factline.service.ClaimService;
import dev.factline.service.ClaimService.ClaimQuery;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET /claims?topic=&status=&order=: the claims of a topic in one status; pending ones oldest
 * first unless {@code order=newest}.
 */
public final class ListClaimsHandler extends ApiHandler {

    private static final Set<String> PARAMETERS = Set.of("topic", "status", "order", "limit", "cursor");
    /** Whether each order lists the newest first. */
    private static final Map<String, Boolean> NEWEST_FIRST = Map.of("oldest", false, "newest", true);

    private final ClaimService claims;

    public ListClaimsHandler() {
        this(Wiring.production());
    }

    public ListClaimsHandler(Wiring wiring) {
        this.claims = wiring.claims();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        QueryParameters query = request.query(PARAMETERS);
        String topic = query.required("topic", Topics::isValid, Topics.RULE);
        ClaimStatus status = query.oneOf("status", ClaimStatus.PENDING, ClaimStatus::fromWireName,
                "must be pending, reviewed or withdrawn");
        boolean newestFirst = query.oneOf("order", false, name -> Optional.ofNullable(NEWEST_FIRST.get(name)), "must be oldest or newest");
        ClaimQuery claimQuery = new ClaimQuery(topic, status, newestFirst, query.limit(), query.get("cursor"));
        return Responses.json(200, ClaimListView.of(claims.list(claimQuery)));
    }
}
