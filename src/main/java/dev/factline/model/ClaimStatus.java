package dev.factline.model;

import java.util.Locale;
import java.util.Optional;

public enum ClaimStatus {
    PENDING, REVIEWED, WITHDRAWN;

    /** Every claim read from the table is looked up by name: a loop over a kept array, no stream. */
    private static final ClaimStatus[] VALUES = values();

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<ClaimStatus> fromWireName(String name) {
        for (ClaimStatus status : VALUES) {
            if (status.wireName.equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
