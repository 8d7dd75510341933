package dev.factline.model;

import java.time.Instant;

/**
 * Who withdrew a claim, when and why.
 *
 * @param reason the editor's words, or null when they gave none
 */
public record Withdrawal(Instant at, String by, String reason) {

    public Withdrawal {
        if (at == null || by == null) {
            throw new IllegalArgumentException("a withdrawal has a time and an editor");
        }
    }
}
