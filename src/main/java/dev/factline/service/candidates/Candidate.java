package dev.factline.service.candidates;

import dev.factline.model.EventDate;

import java.util.List;
import java.util.Set;

/**
 * A sentence proposed as a claim: {@code quote} is {@code text[start:end]} of its source.
 *
 * @param eventDate       the sentence's date: its first temporal expression, or one taken from
 *                        the context; null when it has neither
 * @param dateText        the expression {@code eventDate} comes from; null when from context
 * @param dateBasis       how {@code eventDate} was worked out, in words
 * @param dates           every temporal expression of the sentence, in reading order
 * @param score           0..1, from the signals, the date and the labels
 */
public record Candidate(String quote, int start, int end, EventDate eventDate, EventDate endDate, String dateText,
                        String dateBasis, boolean dateApproximate, List<ResolvedDate> dates, Set<Signal> signals,
                        Set<Label> labels, double score) {
}
