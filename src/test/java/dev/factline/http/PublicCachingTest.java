package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void determinants_changeWithEveryInputOfAPage_andOnlyWithThem() {
        var settings = new PublicTimelineSettings("Factline", URI.create("https://factline.example"), null, 60);
        var links = new ClaimLinks("https://api.example", null);
        Claim claim = claim(1);
        String page = PublicCaching.determinants("timeline", "json", settings, links, "t", null, List.of(claim));
        assertEquals(page, PublicCaching.determinants("timeline", "json", settings, links, "t", null, List.of(claim(1))));
        List<String> others = List.of(
                PublicCaching.determinants("timeline", "json", settings, links, "t", null, List.of(claim(2))),
                PublicCaching.determinants("timeline", "json", settings, links, "t", null, List.of()),
                PublicCaching.determinants("timeline", "timelinejs", settings, links, "t", null, List.of(claim)),
                PublicCaching.determinants("feed", "json", settings, links, "t", null, List.of(claim)),
                PublicCaching.determinants("timeline", "json", settings, new ClaimLinks("http://api.example", null), "t",
                        null, List.of(claim)),
                PublicCaching.determinants("timeline", "json",
                        new PublicTimelineSettings("Other", URI.create("https://factline.example"), null, 60), links, "t",
                        null, List.of(claim)),
                PublicCaching.determinants("timeline", "json", settings, links, "u", null, List.of(claim)),
                PublicCaching.determinants("timeline", "json", settings, links, "t", "next", List.of(claim)));
        others.forEach(other -> assertNotEquals(page, other));
        assertEquals(others.size(), new java.util.HashSet<>(others).size());
    }

    @Test
    void respond_rendersAPageOnce_andAnswersTheSameDeterminantsFromWhatItKept() {
        RenderedPages rendered = new RenderedPages(RenderedPages.DEFAULT_CAPACITY_CHARS);
        AtomicInteger renders = new AtomicInteger();
        Supplier<PublicCaching.Representation> render = () -> new PublicCaching.Representation("application/json",
                "{\"n\":" + renders.incrementAndGet() + "}");
        var first = PublicCaching.respond(request(Map.of()), "page one", render, rendered, 60);
        var again = PublicCaching.respond(request(Map.of()), "page one", render, rendered, 60);
        assertEquals(1, renders.get());
        assertEquals("{\"n\":1}", again.getBody());
        assertEquals(first.getHeaders(), again.getHeaders());

        var changed = PublicCaching.respond(request(Map.of()), "page one, a claim re-rated", render, rendered, 60);
        assertEquals(2, renders.get());
        assertEquals("{\"n\":2}", changed.getBody());
        assertNotEquals(first.getHeaders().get("ETag"), changed.getHeaders().get("ETag"));
    }

    @Test
    void respond_whenIfNoneMatchNamesTheEtag_returns304_withoutRenderingOrKeeping() {
        RenderedPages rendered = new RenderedPages(RenderedPages.DEFAULT_CAPACITY_CHARS);
        String etag = PublicCaching.etag("page");
        var response = PublicCaching.respond(request(Map.of("if-none-match", etag)), "page",
                () -> { throw new AssertionError("a 304 renders nothing"); }, rendered, 60);
        assertEquals(304, response.getStatusCode());
        assertNull(response.getBody());
        assertEquals(0, rendered.size());
    }

    private static ApiRequest request(Map<String, String> headers) {
        return new ApiRequest(APIGatewayV2HTTPEvent.builder().withHeaders(headers).build());
    }

    @Test
    void renderer_isThePublishedVersionInLambda_andNewForEveryOtherProcess() {
        assertEquals("f:7", PublicCaching.renderer("f", "7"));
        assertNotEquals(PublicCaching.renderer("f", "$LATEST"), PublicCaching.renderer("f", "$LATEST"));
        assertNotEquals(PublicCaching.renderer(null, null), PublicCaching.renderer(null, null));
    }

    private static Claim claim(long version) {
        return new Claim("0123456789abcdef0123456789abcdef", "t", "S", EventDate.parse("2024"), null, null, null, null,
                false, ClaimStatus.REVIEWED, "a", Instant.EPOCH, version, List.of(), "h");
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
