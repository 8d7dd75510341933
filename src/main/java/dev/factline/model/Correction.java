package dev.factline.model;

import java.time.Instant;

/**
 * A published verdict changed by a later review: when, from what, to what, and the editor's note
 * (that review's explanation). Derived from the reviews a claim keeps, never stored apart.
 */
public record Correction(Instant at, Rating from, Rating to, String note) {
}
