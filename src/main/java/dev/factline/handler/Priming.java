package dev.factline.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.http.Views.ClaimView;
import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.SourceRef;
import dev.factline.store.FactlineStore;
import org.crac.Context;
import org.crac.Resource;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * SnapStart priming: before Lambda snapshots an initialized instance, one GetItem of a claim that
 * does not exist (the SDK's request path, HTTP connection classes, signing, unmarshalling) and
 * one Jackson round trip of a representative claim (the response and request paths), so a
 * restored instance does not load and link those classes on its first request. It draws no
 * randomness (nothing here touches {@link dev.factline.service.Ids}), so no seeded generator
 * lands in the snapshot that every restored instance would then share.
 */
final class Priming implements Resource {

    /** 32 hex digits, a valid id that {@link dev.factline.service.Ids} never issues. */
    static final String ABSENT_CLAIM_ID = "00000000000000000000000000000000";

    private static final Claim REPRESENTATIVE = new Claim(ABSENT_CLAIM_ID, "priming-topic", "A primed statement.",
            EventDate.parse("2024-11-15"), null, "A claimant",
            new SourceRef(ABSENT_CLAIM_ID, "https://example.org/a", "A title", "A publisher", "2024-11-16"),
            "a quote", true, ClaimStatus.REVIEWED, "a-submitter", Instant.parse("2024-11-16T10:00:00Z"), 2,
            List.of(new Review("a-reviewer", Rating.ACCURATE, "An explanation.",
                    List.of(new Evidence("https://example.org/e", "Evidence")), Instant.parse("2024-11-16T11:00:00Z"))),
            "0".repeat(64));

    /** What one priming did: whether the absent claim was (wrongly) found, and the JSON read back. */
    record Primed(boolean claimFound, JsonNode roundTrip) {
    }

    private final FactlineStore store;

    Priming(FactlineStore store) {
        this.store = store;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the client reads its credentials from the environment on each call.
    }

    Primed prime() {
        boolean found = store.findClaim(ABSENT_CLAIM_ID).isPresent();
        try {
            String json = Json.MAPPER.writeValueAsString(ClaimView.of(REPRESENTATIVE));
            return new Primed(found, Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("priming could not round-trip a claim through Jackson", e);
        }
    }
}
