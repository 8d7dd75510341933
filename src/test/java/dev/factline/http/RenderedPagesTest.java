package dev.factline.http;

import dev.factline.http.PublicCaching.Representation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RenderedPagesTest {

    private static Representation page(int chars) {
        return new Representation("application/json", "x".repeat(chars));
    }

    @Test
    void get_returnsThePageKeptUnderThatEtag_andNothingForAnother() {
        RenderedPages pages = new RenderedPages(100);
        Representation page = page(10);
        pages.put("\"a\"", page);
        assertSame(page, pages.get("\"a\""));
        assertNull(pages.get("\"b\""));
    }

    @Test
    void put_whenOverTheBudget_dropsTheLeastRecentlyUsedFirst() {
        RenderedPages pages = new RenderedPages(100);
        pages.put("\"a\"", page(40));
        pages.put("\"b\"", page(40));
        pages.get("\"a\"");
        pages.put("\"c\"", page(40));
        assertNull(pages.get("\"b\""));
        assertEquals(40, pages.get("\"a\"").body().length());
        assertEquals(40, pages.get("\"c\"").body().length());
        assertEquals(2, pages.size());
    }

    @Test
    void put_whenTheSameEtagIsKeptAgain_countsItsCharactersOnce() {
        RenderedPages pages = new RenderedPages(100);
        for (int i = 0; i < 10; i++) {
            pages.put("\"a\"", page(60));
        }
        pages.put("\"b\"", page(40));
        assertEquals(2, pages.size());
    }

    @Test
    void put_whenAPageIsLargerThanTheWholeBudget_keepsItNot_andDropsNothing() {
        RenderedPages pages = new RenderedPages(100);
        pages.put("\"a\"", page(50));
        pages.put("\"big\"", page(101));
        assertNull(pages.get("\"big\""));
        assertEquals(1, pages.size());
    }

    @Test
    void zeroCapacity_keepsNothing_andANegativeOneIsRefused() {
        RenderedPages none = new RenderedPages(0);
        none.put("\"a\"", page(1));
        assertEquals(0, none.size());
        assertThrows(IllegalArgumentException.class, () -> new RenderedPages(-1));
    }
}
