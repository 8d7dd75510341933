package dev.factline.service;

import dev.factline.model.Page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Opaque page cursors. A cursor holds only the position after the last item and a checksum
 * that binds it to the query it came from; the topic and the index always come from the
 * request, so a cursor can neither open another topic nor reach unreviewed claims.
 */
public final class Cursors {

    private static final Pattern SORT_KEY = Pattern.compile("[0-9TZ:.-]{4,30}#[0-9a-f]{32}");
    private static final int CHECK_LENGTH = 24;

    private Cursors() {
    }

    /**
     * @param query every parameter that selects the items (not limit), in a fixed order
     */
    public static String encode(Page.PageKey key, String query) {
        String payload = key.sortKey() + "\n" + key.id();
        String check = Ids.sha256Hex(query, payload).substring(0, CHECK_LENGTH);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + "\n" + check).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws FactlineException 400 when the cursor was altered or belongs to another query */
    public static Page.PageKey decode(String cursor, String query) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.length != 3 || !SORT_KEY.matcher(parts[0]).matches() || !parts[0].endsWith("#" + parts[1])) {
            throw invalid();
        }
        String payload = parts[0] + "\n" + parts[1];
        if (!Ids.sha256Hex(query, payload).substring(0, CHECK_LENGTH).equals(parts[2])) {
            throw invalid();
        }
        return new Page.PageKey(parts[0], parts[1]);
    }

    private static FactlineException invalid() {
        return new FactlineException(FactlineException.Reason.BAD_REQUEST,
                "cursor is not a nextCursor of this query; start again without it");
    }
}
