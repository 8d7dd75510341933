package dev.factline.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A stored source document. Sources never change once stored, so claims may copy their
 * summary ({@link SourceRef}) without going stale.
 *
 * @param publishedAt an ISO date or UTC timestamp as given (see {@link #publicationDay(String)}), or null
 * @param text        the full text, or null when none was given
 * @param contentHash fingerprint of the submitted fields, to tell a repeat from a conflict
 */
public record Source(String id, String url, String title, String publisher, String publishedAt,
                     String text, String createdBy, Instant createdAt, String contentHash) {

    public int textLength() {
        return text == null ? 0 : text.length();
    }

    /**
     * The calendar day a publication date names: {@code 2024-11-16}, or the UTC day of a UTC
     * timestamp such as {@code 2024-11-16T09:30:00Z}; empty for anything else, null included.
     */
    public static Optional<LocalDate> publicationDay(String publishedAt) {
        if (publishedAt == null) {
            return Optional.empty();
        }
        try {
            if (publishedAt.length() == 10) {
                return Optional.of(LocalDate.parse(publishedAt));
            }
            if (publishedAt.endsWith("Z")) {
                return Optional.of(LocalDate.ofInstant(Instant.parse(publishedAt), ZoneOffset.UTC));
            }
            return Optional.empty();
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    public SourceRef ref() {
        return new SourceRef(id, url, title, publisher, publishedAt);
    }
}
