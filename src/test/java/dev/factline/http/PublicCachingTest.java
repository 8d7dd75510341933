package dev.factline.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicCachingTest {

    @Test
    void etag_isAStrongTagOfTheBodysBytes() {
        String etag = PublicCaching.etag("{\"events\":[]}");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{43}\""), etag);
        assertEquals(etag, PublicCaching.etag("{\"events\":[]}"));
        assertNotEquals(etag, PublicCaching.etag("{\"events\":[] }"));
    }

    @Test
    void ifNoneMatch_matchesTheTag_aListContainingIt_itsWeakForm_andStar() {
        String etag = "\"abc\"";
        assertTrue(PublicCaching.matches("\"abc\"", etag));
        assertTrue(PublicCaching.matches("\"x\", \"abc\"", etag));
        assertTrue(PublicCaching.matches("W/\"abc\"", etag));
        assertTrue(PublicCaching.matches(" * ", etag));
        assertFalse(PublicCaching.matches("\"abcd\"", etag));
        assertFalse(PublicCaching.matches("abc", etag));
        assertFalse(PublicCaching.matches("\"x\", \"y\"", etag));
    }

    @Test
    void problemHeaders_openCors_andCacheOnlyTheCallersMistakes() {
        assertEquals("*", PublicCaching.problemHeaders(400, 60).get("Access-Control-Allow-Origin"));
        assertEquals("public, max-age=60", PublicCaching.problemHeaders(400, 60).get("Cache-Control"));
        assertEquals("*", PublicCaching.problemHeaders(503, 60).get("Access-Control-Allow-Origin"));
        assertEquals("no-store", PublicCaching.problemHeaders(503, 60).get("Cache-Control"));
    }
}
