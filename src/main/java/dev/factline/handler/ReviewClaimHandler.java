package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimETag;
import dev.factline.http.BodyReader;
import dev.factline.http.Identity;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.ClaimView;
import dev.factline.model.Claim;
import dev.factline.service.ClaimService;
import dev.factline.service.NewReview;
import dev.factline.service.NewReview.NewEvidence;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /claims/{id}/reviews: an editor's review of the version named in If-Match. */
public final class ReviewClaimHandler extends ApiHandler {

    static final Set<String> FIELDS = Set.of("rating", "explanation", "evidence");
    private static final Set<String> SERVER_OWNED = Set.of("reviewer", "reviewedAt", "ratingLabel");
    static final Set<String> EVIDENCE_FIELDS = Set.of("url", "title");

    private final ClaimService claims;

    public ReviewClaimHandler() {
        this(Wiring.production());
    }

    public ReviewClaimHandler(Wiring wiring) {
        this.claims = wiring.claims();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Identity editor = request.identity().require(Role.EDITOR);
        String claimId = request.pathParameter("id");
        long expectedVersion = request.ifMatchVersion();
        BodyReader body = BodyReader.of(request.jsonObjectBody(), FIELDS, SERVER_OWNED);
        List<NewEvidence> evidence = body.objects("evidence", EVIDENCE_FIELDS).stream()
                .map(entry -> new NewEvidence(entry.text("url"), entry.text("title")))
                .toList();
        NewReview input = new NewReview(body.text("rating"), body.text("explanation"), evidence);
        body.throwIfWrongTypes();
        Claim claim = claims.review(claimId, expectedVersion, input, editor.userId());
        return Responses.json(201, ClaimView.of(claim), Map.of("ETag", ClaimETag.of(claim)));
    }
}
