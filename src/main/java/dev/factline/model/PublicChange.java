package dev.factline.model;

import java.time.Instant;

/** A change to a published claim that the public sees: what a topic's feed lists. */
public record PublicChange(Kind kind, Instant at) {

    public enum Kind {
        /** The first review: the claim appears on the timeline. */
        PUBLISHED("published"),
        /** A later review with another rating: a correction. */
        RE_RATED("re-rated"),
        /** A later review that kept the rating (a new explanation or evidence). */
        REVIEWED_AGAIN("reviewed-again"),
        /** Withdrawn after publication: it leaves the timeline, its page says why. */
        WITHDRAWN("withdrawn");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
