package dev.factline.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date given as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (years 1000-9999).
 * The text itself is the sort key: {@code 2024 < 2024-11 < 2024-11-15}.
 */
public record EventDate(String value, DatePrecision precision) {

    public EventDate {
        if (value == null || precision == null) {
            throw new IllegalArgumentException("value and precision are required");
        }
    }

    /**
     * Parses a date of one of the three forms.
     *
     * @throws InvalidEventDateException with a short reason fit for a client
     */
    public static EventDate parse(String text) {
        // read by hand, not with a regular expression: a timeline page parses one per claim
        // and the expression cost most of that under Lambda's C1-only JIT
        int length = text.length();
        if (!(length == 4 || length == 7 && text.charAt(4) == '-'
                || length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-')) {
            throw new InvalidEventDateException("use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Timestamps.number(text, 0, 4);
        int month = length > 4 ? Timestamps.number(text, 5, 2) : 0;
        int day = length > 7 ? Timestamps.number(text, 8, 2) : 0;
        if ((year | month | day) < 0) {
            throw new InvalidEventDateException("use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (year < 1000) {
            throw new InvalidEventDateException("year must be between 1000 and 9999");
        }
        if (length == 4) {
            return new EventDate(text, DatePrecision.YEAR);
        }
        if (month < 1 || month > 12) {
            throw new InvalidEventDateException("not a calendar date");
        }
        if (length == 7) {
            return new EventDate(text, DatePrecision.MONTH);
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidEventDateException("not a calendar date");
        }
        return new EventDate(text, DatePrecision.DAY);
    }

    /** True when this date, cut to the length of {@code other}, sorts before it. */
    public boolean isBefore(EventDate other) {
        int common = Math.min(value.length(), other.value.length());
        return value.substring(0, common).compareTo(other.value.substring(0, common)) < 0;
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public Integer month() {
        return precision == DatePrecision.YEAR ? null : Integer.parseInt(value.substring(5, 7));
    }

    public Integer day() {
        return precision == DatePrecision.DAY ? Integer.parseInt(value.substring(8, 10)) : null;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Thrown by {@link #parse} for text that is not a date of the accepted forms. */
    public static final class InvalidEventDateException extends IllegalArgumentException {
        public InvalidEventDateException(String reason) {
            super(reason);
        }
    }
}
