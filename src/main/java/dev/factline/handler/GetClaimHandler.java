package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimETag;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.ClaimView;
import dev.factline.model.Claim;
import dev.factline.service.ClaimService;

import java.util.Map;
import java.util.Set;

/** GET /claims/{id}: the claim, with its version as ETag for a later If-Match. */
public final class GetClaimHandler extends ApiHandler {

    private final ClaimService claims;

    public GetClaimHandler() {
        this(Wiring.production());
    }

    public GetClaimHandler(Wiring wiring) {
        this.claims = wiring.claims();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        request.query(Set.of());
        Claim claim = claims.get(request.pathParameter("id"));
        return Responses.json(200, ClaimView.of(claim), Map.of("ETag", ClaimETag.of(claim)));
    }
}
