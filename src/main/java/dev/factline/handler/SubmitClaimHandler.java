package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimETag;
import dev.factline.http.BodyReader;
import dev.factline.http.Identity;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.ClaimView;
import dev.factline.service.ClaimService;
import dev.factline.service.FactlineException;
import dev.factline.service.NewClaim;

import java.util.Map;
import java.util.Set;

/** POST /claims: a new pending claim, or with a reused Idempotency-Key the first one again. */
public final class SubmitClaimHandler extends ApiHandler {

    static final Set<String> FIELDS =
            Set.of("topic", "statement", "eventDate", "endDate", "claimant", "sourceId", "quote", "dateProvenance");
    static final Set<String> DATE_PROVENANCE_FIELDS = Set.of("phrase", "basis", "anchor", "approximate");
    static final Set<String> SERVER_OWNED = Set.of("id", "status", "version", "submittedBy", "submittedAt",
            "quoteLocation", "withdrawal",
            "reviews", "rating", "ratingLabel", "quoteVerified", "datePrecision", "source");
    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final ClaimService claims;

    public SubmitClaimHandler() {
        this(Wiring.production());
    }

    public SubmitClaimHandler(Wiring wiring) {
        this.claims = wiring.claims();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Identity caller = request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        String idempotencyKey = idempotencyKey(request);
        BodyReader body = BodyReader.of(request.jsonObjectBody(), FIELDS, SERVER_OWNED);
        NewClaim input = new NewClaim(body.text("topic"), body.text("statement"), body.text("eventDate"),
                body.text("endDate"), body.text("claimant"), body.text("sourceId"), body.text("quote"),
                body.object("dateProvenance", DATE_PROVENANCE_FIELDS).map(p -> new NewClaim.NewDateProvenance(
                        p.text("phrase"), p.text("basis"), p.text("anchor"), p.bool("approximate"))).orElse(null));
        body.throwIfWrongTypes();
        ClaimService.Submitted submitted = claims.submit(input, caller.userId(), idempotencyKey);
        ClaimView view = ClaimView.of(submitted.claim());
        return Responses.json(201, view, Map.of(
                "Location", "/claims/" + view.id(),
                "ETag", ClaimETag.of(submitted.claim())));
    }

    private static String idempotencyKey(ApiRequest request) {
        String key = request.header("Idempotency-Key").orElse(null);
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new FactlineException(FactlineException.Reason.BAD_REQUEST,
                    "Idempotency-Key must be 1-" + MAX_IDEMPOTENCY_KEY + " visible ASCII characters");
        }
        return key;
    }
}
