package dev.factline.service.candidates;

import dev.factline.model.DatePrecision;
import dev.factline.model.EventDate;

/**
 * A temporal expression found in a text and the calendar date it stands for.
 *
 * @param start       offset of the expression in the source text (UTF-16 code units)
 * @param end         offset just after it
 * @param text        the expression as written, {@code text[start:end]}
 * @param date        the date, to the precision the expression really gives
 * @param endDate     for a span that crosses a month (e.g. "last week" from 28 October to
 *                    3 November, a season, a quarter), the month it ends in; otherwise null
 * @param approximate true for "just over two months", "about a year", seasons, quarters and the like
 * @param basis       how the date was worked out, in words, for the fact-checker
 * @param anchor      the day the expression was counted from: the publication day for one
 *                    relative to it ("on Friday", "next year"), the earlier date for one linked
 *                    to it ("the following day"); null for a date the text gives in full
 */
public record ResolvedDate(int start, int end, String text, EventDate date, EventDate endDate,
                           boolean approximate, String basis, EventDate anchor) {

    /** A date without an anchor, as the first version of this record had it. */
    public ResolvedDate(int start, int end, String text, EventDate date, EventDate endDate, boolean approximate,
                        String basis) {
        this(start, end, text, date, endDate, approximate, basis, null);
    }

    public DatePrecision precision() {
        return date.precision();
    }

    ResolvedDate shift(int offset) {
        return new ResolvedDate(start + offset, end + offset, text, date, endDate, approximate, basis, anchor);
    }
}
