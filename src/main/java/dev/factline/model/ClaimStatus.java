package dev.factline.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum ClaimStatus {
    PENDING, REVIEWED, WITHDRAWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClaimStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
