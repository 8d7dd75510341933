package dev.factline.service;

import java.util.List;

/** A review as submitted: every field raw, before the rules are applied. */
public record NewReview(String rating, String explanation, List<NewEvidence> evidence) {

    public NewReview {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public record NewEvidence(String url, String title) {
    }
}
