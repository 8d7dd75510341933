package dev.factline.service;

/**
 * A claim as submitted: every field raw, before the rules are applied.
 *
 * @param dateProvenance how the date was worked out from the source (a proposed candidate's
 *                       date basis); null when the date was set by hand
 */
public record NewClaim(String topic, String statement, String eventDate, String endDate, String claimant,
                       String sourceId, String quote, NewDateProvenance dateProvenance) {

    /** A claim dated by hand. */
    public NewClaim(String topic, String statement, String eventDate, String endDate, String claimant,
                    String sourceId, String quote) {
        this(topic, statement, eventDate, endDate, claimant, sourceId, quote, null);
    }

    /** A candidate's date basis as sent: the phrase, how it was resolved, its anchor day, approximate. */
    public record NewDateProvenance(String phrase, String basis, String anchor, Boolean approximate) {
    }
}
