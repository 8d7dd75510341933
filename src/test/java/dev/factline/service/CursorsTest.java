package dev.factline.service;

import dev.factline.model.Page;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorsTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final Page.Position KEY = new Page.Position("2024-11-15#" + ID + "\n" + ID);
    private final Cursors cursors = new Cursors("k".repeat(32));

    @Test
    void cursor_roundTripsForTheSameQuery() {
        String cursor = cursors.encode(KEY, "timeline\ntopic-a");
        assertEquals(KEY, cursors.decode(cursor, "timeline\ntopic-a"));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe: " + cursor);
    }

    @Test
    void cursor_ofAnotherQuery_isRefused() {
        String cursor = cursors.encode(KEY, "timeline\ntopic-a");
        var e = assertThrows(FactlineException.class, () -> cursors.decode(cursor, "timeline\ntopic-b"));
        assertEquals(FactlineException.Reason.BAD_REQUEST, e.reason());
    }

    @Test
    void cursor_withAlteredPosition_isRefused() {
        String cursor = cursors.encode(KEY, "q");
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))));
        String altered = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("2024-11-15", "2024-11-16").getBytes())
                + cursor.substring(cursor.indexOf('.'));
        assertThrows(FactlineException.class, () -> cursors.decode(altered, "q"));
    }

    @Test
    void cursor_whoseLastCharacterDiffersOnlyInBitsBase64Ignores_isRefused() {
        String cursor = cursors.encode(KEY, "q");
        // 16 signature bytes are 22 characters; the last one carries 2 bits of the MAC and 4 spare bits.
        char last = cursor.charAt(cursor.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sameBits = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String respelled = cursor.substring(0, cursor.length() - 1) + sameBits;
        assertArrayEquals(Base64.getUrlDecoder().decode(cursor.substring(cursor.indexOf('.') + 1)),
                Base64.getUrlDecoder().decode(respelled.substring(respelled.indexOf('.') + 1)), "the same bytes");
        assertThrows(FactlineException.class, () -> cursors.decode(respelled, "q"));
    }

    @Test
    void cursor_signedWithAnotherKey_isRefused() {
        String foreign = new Cursors("x".repeat(32)).encode(KEY, "q");
        assertThrows(FactlineException.class, () -> cursors.decode(foreign, "q"));
    }

    @Test
    void cursor_thatIsNotOurs_isRefused() {
        for (String junk : new String[]{"", "x", ".", "%%%.%%%", "bm90IGEgY3Vyc29y", "a.b", "a".repeat(500)}) {
            assertThrows(FactlineException.class, () -> cursors.decode(junk, "q"));
        }
    }

    @Test
    void signingKey_missingOrShort_failsNamingTheVariable() {
        var missing = assertThrows(IllegalStateException.class, () -> new Cursors((String) null));
        assertTrue(missing.getMessage().startsWith("CURSOR_SIGNING_KEY must be set"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> new Cursors("short"));
        assertThrows(IllegalStateException.class, () -> new Cursors.Keys("k".repeat(32), "short"));
    }

    @Test
    void cursor_afterARotation_signsWithTheNewKey_andStillAcceptsOnesSignedWithTheKeyItReplaced() {
        String before = "b".repeat(40);
        String after = "a".repeat(40);
        AtomicReference<Cursors.Keys> keys = new AtomicReference<>(new Cursors.Keys(before, null));
        Cursors rotating = new Cursors(keys::get);
        String issuedBefore = rotating.encode(KEY, "q");

        keys.set(new Cursors.Keys(after, before));

        assertEquals(KEY, rotating.decode(issuedBefore, "q"));
        String issuedAfter = rotating.encode(KEY, "q");
        assertEquals(new Cursors(after).encode(KEY, "q"), issuedAfter);
        assertEquals(KEY, rotating.decode(issuedAfter, "q"));
    }

    @Test
    void cursor_signedWithAKeyTwoRotationsOld_isRefused() {
        AtomicReference<Cursors.Keys> keys = new AtomicReference<>(new Cursors.Keys("1".repeat(32), null));
        Cursors rotating = new Cursors(keys::get);
        String oldest = rotating.encode(KEY, "q");

        keys.set(new Cursors.Keys("3".repeat(32), "2".repeat(32)));

        assertThrows(FactlineException.class, () -> rotating.decode(oldest, "q"));
    }
}
