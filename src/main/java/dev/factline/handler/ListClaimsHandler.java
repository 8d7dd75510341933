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

import java.util.Set;

/**
 * GET /claims?topic=&status=&order=: the claims of a topic in one status; pending ones oldest
 * first unless {@code order=newest}.
 */
public final class ListClaimsHandler extends ApiHandler {

    private static final Set<String> PARAMETERS = Set.of("topic", "status", "order", "limit", "cursor");

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
        String topic = query.get("topic");
        if (topic == null) {
            throw QueryParameters.badParameter("topic", "is required");
        }
        if (!Topics.isValid(topic)) {
            throw QueryParameters.badParameter("topic", Topics.RULE);
        }
        String statusName = query.get("status");
        ClaimStatus status = statusName == null ? ClaimStatus.PENDING
                : ClaimStatus.fromWireName(statusName).orElseThrow(() -> QueryParameters.badParameter(
                        "status", "must be pending, reviewed or withdrawn"));
        String order = query.get("order");
        if (order != null && !order.equals("oldest") && !order.equals("newest")) {
            throw QueryParameters.badParameter("order", "must be oldest or newest");
        }
        ClaimQuery claimQuery = new ClaimQuery(topic, status, "newest".equals(order), query.limit(),
                query.get("cursor"));
        return Responses.json(200, ClaimListView.of(claims.list(claimQuery)));
    }
}
