package dev.factline.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a listing.
 *
 * @param next where the next page starts, or null on the last page
 */
public record Page<T>(List<T> items, Position next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Where the page after this one starts. Opaque: only the store that issued it reads it, so
     * nothing outside the store depends on how it spells its keys.
     */
    public record Position(String value) {
        public Position {
            Objects.requireNonNull(value, "value");
        }
    }
}
