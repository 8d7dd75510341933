package dev.factline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date given as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (years 1000-9999).
 * The text itself is the sort key: {@code 2024 < 2024-11 < 2024-11-15}.
 */
public record EventDate(String value, DatePrecision precision) {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

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
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new InvalidEventDateException("use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1000) {
            throw new InvalidEventDateException("year must be between 1000 and 9999");
        }
        if (m.group(2) == null) {
            return new EventDate(text, DatePrecision.YEAR);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidEventDateException("not a calendar date");
        }
        if (m.group(3) == null) {
            return new EventDate(text, DatePrecision.MONTH);
        }
        try {
            LocalDate.of(year, month, Integer.parseInt(m.group(3)));
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
