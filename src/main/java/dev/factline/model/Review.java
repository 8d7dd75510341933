package dev.factline.model;

import java.time.Instant;
import java.util.List;

public record Review(String reviewer, Rating rating, String explanation, List<Evidence> evidence,
                     Instant reviewedAt) {

    public Review {
        evidence = List.copyOf(evidence);
    }
}
