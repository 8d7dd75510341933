package dev.factline.model;

/**
 * Where a claim's quote sits in its source text, so that anyone holding the article can check
 * it: {@code start} and {@code end} count Unicode code points of the normalized source text
 * (see {@code QuoteMatcher}), whose SHA-256 is {@code sourceSha256} (lowercase hex).
 */
public record QuoteLocation(int start, int end, String sourceSha256) {
}
