package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimETag;
import dev.factline.http.Identity;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.ClaimView;
import dev.factline.model.Claim;
import dev.factline.service.ClaimService;

import java.util.Map;
import java.util.Set;

/** DELETE /claims/{id}: withdraws the claim; it keeps its history. */
public final class WithdrawClaimHandler extends ApiHandler {

    private final ClaimService claims;

    public WithdrawClaimHandler() {
        this(Wiring.production());
    }

    public WithdrawClaimHandler(Wiring wiring) {
        this.claims = wiring.claims();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Identity editor = request.identity().require(Role.EDITOR);
        request.query(Set.of());
        String claimId = request.pathParameter("id");
        Claim claim = claims.withdraw(claimId, request.ifMatchVersion(), editor.userId());
        return Responses.json(200, ClaimView.of(claim), Map.of("ETag", ClaimETag.of(claim)));
    }
}
