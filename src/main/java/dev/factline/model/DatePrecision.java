package dev.factline.model;

/** How much of a calendar date a claim's date really gives. */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
