package dev.factline.service.candidates;

import dev.factline.model.EventDate;

import java.util.List;
import java.util.Set;

/**
 * A sentence proposed as a claim: {@code quote} is {@code text[start:end]} of its source.
 *
 * @param eventDate       the sentence's date: its first temporal expression that dates its claim;
 *                        null when it has none, or when the text does not settle the date
 * @param dateText        the expression {@code eventDate} comes from; when the sentence is
 *                        undated because the text does not settle a date, the expression that
 *                        was left unresolved; otherwise null
 * @param dateBasis       how {@code eventDate} was worked out, or why {@code dateText} was left
 *                        undated, in words
 * @param dateApproximate whether {@code eventDate} is approximate (a season, a quarter, "about a year")
 * @param dates           every temporal expression of the sentence that resolved, in reading order
 * @param score           0..1, from the signals, the date and the labels
 * @param dateAnchor      the day {@code eventDate} was counted from: the publication day, or the
 *                        earlier date of the paragraph for "the following day" and the like;
 *                        null for a date the text gives in full, and when undated
 */
public record Candidate(String quote, int start, int end, EventDate eventDate, EventDate endDate, String dateText,
                        String dateBasis, boolean dateApproximate, List<ResolvedDate> dates, Set<Signal> signals,
                        Set<Label> labels, double score, EventDate dateAnchor) {

    /** A candidate without a date anchor, as the first version of this record had it. */
    public Candidate(String quote, int start, int end, EventDate eventDate, EventDate endDate, String dateText,
                     String dateBasis, boolean dateApproximate, List<ResolvedDate> dates, Set<Signal> signals,
                     Set<Label> labels, double score) {
        this(quote, start, end, eventDate, endDate, dateText, dateBasis, dateApproximate, dates, signals, labels,
                score, null);
    }
}
