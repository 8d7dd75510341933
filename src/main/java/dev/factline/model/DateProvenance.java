package dev.factline.model;

/**
 * How a claim's date was worked out from its source, when it came from a proposed candidate.
 * A claim without one was dated by hand.
 *
 * @param phrase      the words of the source the date comes from, e.g. "On Friday"
 * @param basis       how the phrase was resolved, in words; null when not given
 * @param anchor      the day the phrase was counted from (usually the publication day); null
 *                    when the phrase gives the date in full
 * @param approximate whether the date is approximate (a season, "about a year", "early 2025")
 */
public record DateProvenance(String phrase, String basis, EventDate anchor, boolean approximate) {

    public DateProvenance {
        if (phrase == null) {
            throw new IllegalArgumentException("a date provenance names its phrase");
        }
    }
}
