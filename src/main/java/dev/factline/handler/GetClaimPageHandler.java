package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimLinks;
import dev.factline.http.PublicCaching;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.ClaimPageFormat;
import dev.factline.http.Gone;
import dev.factline.http.QueryParameters;
import dev.factline.model.Claim;
import dev.factline.model.Topics;
import dev.factline.service.ClaimService;
import dev.factline.service.WithdrawnClaimException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /timelines/{topic}/claims/{id}: public; one published claim's own page as JSON, its one
 * ClaimReview, or server-rendered HTML, cacheable like the timeline and read with one GetItem.
 * Pending (or unknown) is a 404; published and then withdrawn, a 410 saying when and why.
 */
public final class GetClaimPageHandler extends PublicHandler {

    private static final Set<String> PARAMETERS = Set.of("format");

    private final ClaimService claims;

    public GetClaimPageHandler() {
        this(Wiring.production());
    }

    public GetClaimPageHandler(Wiring wiring) {
        super(wiring);
        this.claims = wiring.claims();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String topic = request.pathParameter("topic", Topics::isValid, Topics.RULE);
        String id = request.pathParameter("id");
        QueryParameters query = request.query(PARAMETERS);
        ClaimPageFormat format = query.oneOf("format", ClaimPageFormat.JSON, ClaimPageFormat::fromWireName,
                "must be one of " + ClaimPageFormat.wireNames());
        Claim claim;
        try {
            claim = claims.published(topic, id);
        } catch (WithdrawnClaimException withdrawn) {
            return Gone.response(withdrawn.withdrawal(), problemHeaders(410));
        }
        PublicTimelineSettings settings = settings();
        ClaimLinks links = settings.links(request);
        APIGatewayV2HTTPResponse response = respond(request, PublicCaching.determinants("claim", format.wireName(),
                settings, links, topic, null, List.of(claim)), () -> format.render(claim, settings, links));
        if (response.getStatusCode() == 200 && !format.extraHeaders().isEmpty()) {
            Map<String, String> headers = new HashMap<>(response.getHeaders());
            headers.putAll(format.extraHeaders());
            response.setHeaders(headers);
        }
        return response;
    }
}
