package dev.factline.service;

import dev.factline.model.Page;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorsTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final Page.PageKey KEY = new Page.PageKey("2024-11-15#" + ID, ID);

    @Test
    void cursor_roundTripsForTheSameQuery() {
        String cursor = Cursors.encode(KEY, "timeline\ntopic-a");
        assertEquals(KEY, Cursors.decode(cursor, "timeline\ntopic-a"));
        assertFalse(cursor.contains("="), "URL-safe, unpadded");
    }

    @Test
    void cursor_ofAnotherQuery_isRefused() {
        String cursor = Cursors.encode(KEY, "timeline\ntopic-a");
        var e = assertThrows(FactlineException.class, () -> Cursors.decode(cursor, "timeline\ntopic-b"));
        assertEquals(FactlineException.Reason.BAD_REQUEST, e.reason());
    }

    @Test
    void cursor_withAlteredPosition_isRefused() {
        String cursor = Cursors.encode(KEY, "q");
        String decoded = new String(Base64.getUrlDecoder().decode(cursor));
        String altered = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(decoded.replace("2024-11-15", "2024-11-16").getBytes());
        assertThrows(FactlineException.class, () -> Cursors.decode(altered, "q"));
    }

    @Test
    void cursor_thatIsNotOurs_isRefused() {
        for (String junk : new String[]{"", "x", "%%%", "bm90IGEgY3Vyc29y", "a".repeat(500)}) {
            assertThrows(FactlineException.class, () -> Cursors.decode(junk, "q"));
        }
    }
}
