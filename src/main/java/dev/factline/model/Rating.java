package dev.factline.model;

import java.util.Arrays;
import java.util.Optional;

/** An editor's verdict on a claim, with the label and schema.org ratingValue the contract fixes. */
public enum Rating {
    ACCURATE("accurate", "Accurate", 5),
    MOSTLY_ACCURATE("mostly-accurate", "Mostly accurate", 4),
    MISLEADING("misleading", "Misleading", 2),
    FALSE("false", "False", 1),
    UNPROVEN("unproven", "Unproven", null);

    public static final int BEST_RATING = 5;
    public static final int WORST_RATING = 1;
    private static final Rating[] VALUES = values();

    private final String wireName;
    private final String label;
    private final Integer ratingValue;

    Rating(String wireName, String label, Integer ratingValue) {
        this.wireName = wireName;
        this.label = label;
        this.ratingValue = ratingValue;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** The schema.org ratingValue; empty for {@link #UNPROVEN}, which has none. */
    public Optional<Integer> ratingValue() {
        return Optional.ofNullable(ratingValue);
    }

    /** Every review read from the table is looked up by name: a loop over a kept array, no stream. */
    public static Optional<Rating> fromWireName(String name) {
        for (Rating rating : VALUES) {
            if (rating.wireName.equals(name)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }

    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(Rating::wireName).toList());
    }
}
