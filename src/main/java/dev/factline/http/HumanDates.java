package dev.factline.http;

import dev.factline.model.EventDate;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** A claim's date in words, to its precision: "2024", "November 2024", "15 November 2024". */
final class HumanDates {

    private HumanDates() {
    }

    static String of(EventDate date) {
        if (date.month() == null) {
            return Integer.toString(date.year());
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.year();
        return date.day() == null ? month : date.day() + " " + month;
    }

    /** The date, and "About …" before it when its basis says it is approximate. */
    static String of(EventDate date, boolean approximate) {
        return approximate ? "About " + of(date) : of(date);
    }
}
