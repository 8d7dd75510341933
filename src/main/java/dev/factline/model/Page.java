package dev.factline.model;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param next where the next page starts, or null on the last page
 */
public record Page<T>(List<T> items, PageKey next) {

    public Page {
        items = List.copyOf(items);
    }

    /** The position after the last item of a page: its index sort key and its claim id. */
    public record PageKey(String sortKey, String id) {
    }
}
