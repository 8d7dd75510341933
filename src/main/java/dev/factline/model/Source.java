package dev.factline.model;

import java.time.Instant;

/**
 * A stored source document. Sources never change once stored, so claims may copy their
 * summary ({@link SourceRef}) without going stale.
 *
 * @param publishedAt an ISO date or UTC timestamp as given, or null
 * @param text        the full text, or null when none was given
 * @param contentHash fingerprint of the submitted fields, to tell a repeat from a conflict
 */
public record Source(String id, String url, String title, String publisher, String publishedAt,
                     String text, String createdBy, Instant createdAt, String contentHash) {

    public int textLength() {
        return text == null ? 0 : text.length();
    }

    public SourceRef ref() {
        return new SourceRef(id, url, title, publisher, publishedAt);
    }
}
