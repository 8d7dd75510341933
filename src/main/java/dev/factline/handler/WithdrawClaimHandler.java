package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.http.ApiRequest;
import dev.factline.http.BodyReader;
import dev.factline.http.ClaimETag;
import dev.factline.http.Identity;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.ClaimView;
import dev.factline.model.Claim;
import dev.factline.service.ClaimService;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DELETE /claims/{id}: withdraws the claim; it keeps its history. An optional JSON body
 * {@code {"reason": "…"}} gives the editor's reason, which the claim's public page shows.
 */
public final class WithdrawClaimHandler extends ApiHandler {

    static final Set<String> FIELDS = Set.of("reason");
    private static final Set<String> SERVER_OWNED = Set.of("at", "by", "withdrawnAt", "withdrawnBy");

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
        long expectedVersion = request.ifMatchVersion();
        String reason = null;
        Optional<ObjectNode> body = request.optionalJsonObjectBody();
        if (body.isPresent()) {
            BodyReader reader = BodyReader.of(body.get(), FIELDS, SERVER_OWNED);
            reason = reader.text("reason");
            reader.throwIfWrongTypes();
        }
        Claim claim = claims.withdraw(claimId, expectedVersion, editor.userId(), reason);
        return Responses.json(200, ClaimView.of(claim), Map.of("ETag", ClaimETag.of(claim)));
    }
}
