package dev.factline.http;

import dev.factline.http.PublicCaching.Representation;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public pages this instance rendered last, by their strong ETag. Every reader of a topic's
 * widget fetches the same page, and only a reader who fetched it before sends If-None-Match; the
 * others would each pay for rendering the same 50 events again. The ETag is a digest of
 * everything the body is made of ({@link PublicCaching#determinants}), so a body kept under it
 * is the body that would be rendered now: nothing here needs to expire or be invalidated.
 *
 * <p>Bounded by the characters held, least recently used first out; a page larger than the
 * whole budget is not kept. Safe for the local runner's concurrent requests.
 */
public final class RenderedPages {

    /** About 40 timeline pages of 50 events: a few MB of a function's memory. */
    public static final int DEFAULT_CAPACITY_CHARS = 2 * 1024 * 1024;

    private final int capacityChars;
    private final LinkedHashMap<String, Representation> byEtag = new LinkedHashMap<>(16, 0.75f, true);
    private long heldChars;

    public RenderedPages(int capacityChars) {
        if (capacityChars < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacityChars);
        }
        this.capacityChars = capacityChars;
    }

    /** The page kept under this ETag, or null. */
    public synchronized Representation get(String etag) {
        return byEtag.get(etag);
    }

    /** Keeps a rendered page under its ETag, making room by dropping the least recently used. */
    public synchronized void put(String etag, Representation page) {
        int size = page.body().length();
        if (size > capacityChars) {
            return;
        }
        Representation replaced = byEtag.put(etag, page);
        heldChars += size - (replaced == null ? 0 : replaced.body().length());
        Iterator<Map.Entry<String, Representation>> oldestFirst = byEtag.entrySet().iterator();
        while (heldChars > capacityChars) {
            heldChars -= oldestFirst.next().getValue().body().length();
            oldestFirst.remove();
        }
    }

    /** How many pages are kept now. */
    public synchronized int size() {
        return byEtag.size();
    }
}
