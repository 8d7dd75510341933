package dev.factline.http;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicTimelineSettingsTest {

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PUBLISHER_NAME", "Factline");
        env.put("PUBLISHER_URL", "https://factline.example");
        env.put("TIMELINE_PAGE_URL", "https://factline.example/timelines/{topic}");
        env.put("TIMELINE_CACHE_MAX_AGE", "60");
        return env;
    }

    private static String failure(Map<String, String> env) {
        return assertThrows(IllegalStateException.class, () -> PublicTimelineSettings.fromEnvironment(env)).getMessage();
    }

    @Test
    void fromEnvironment_readsTheFourVariables() {
        PublicTimelineSettings settings = PublicTimelineSettings.fromEnvironment(env());
        assertEquals("Factline", settings.publisherName());
        assertEquals("https://factline.example", settings.publisherUrl().toString());
        assertEquals(60, settings.cacheMaxAgeSeconds());
        assertEquals("https://factline.example/timelines/biden-xi-apec-2024", settings.pageUrl("biden-xi-apec-2024"));
    }

    @Test
    void fromEnvironment_whenAVariableIsMissing_namesIt() {
        Map<String, String> env = env();
        env.remove("PUBLISHER_NAME");
        assertTrue(failure(env).startsWith("PUBLISHER_NAME is not set"), failure(env));
        env = env();
        env.put("TIMELINE_CACHE_MAX_AGE", " ");
        assertTrue(failure(env).startsWith("TIMELINE_CACHE_MAX_AGE is not set"));
    }

    @Test
    void fromEnvironment_whenAVariableIsMalformed_namesItAndTheValue() {
        Map<String, String> env = env();
        env.put("PUBLISHER_URL", "ftp://factline.example");
        assertEquals("PUBLISHER_URL 'ftp://factline.example' must be an absolute http(s) URL", failure(env));
        env = env();
        env.put("TIMELINE_PAGE_URL", "https://factline.example/timelines/");
        assertTrue(failure(env).startsWith("TIMELINE_PAGE_URL 'https://factline.example/timelines/' must contain {topic}"));
        env = env();
        env.put("TIMELINE_CACHE_MAX_AGE", "sixty");
        assertTrue(failure(env).startsWith("TIMELINE_CACHE_MAX_AGE 'sixty' must be a whole number"));
        env.put("TIMELINE_CACHE_MAX_AGE", "90000");
        assertTrue(failure(env).startsWith("TIMELINE_CACHE_MAX_AGE must be a whole number of seconds from 0 to 86400"));
        env = env();
        env.put("TIMELINE_PAGE_URL", "https://exa mple/{topic}");
        assertTrue(failure(env).startsWith("TIMELINE_PAGE_URL 'https://exa mple/topic' is not a URL"), failure(env));
    }

    @Test
    void fromEnvironment_withAnEmptyPageUrl_hasNoPublisherPage_andClaimReviewsPointToTheClaimsOwnPages() {
        Map<String, String> env = env();
        env.put("TIMELINE_PAGE_URL", "");
        PublicTimelineSettings settings = PublicTimelineSettings.fromEnvironment(env);
        assertEquals(null, settings.pageUrl("t"));
        ClaimLinks links = new ClaimLinks("https://api.example", settings.pageUrlPattern());
        assertEquals("https://api.example/timelines/t/claims/abc?format=html", links.review("t", "abc"));
        assertEquals(null, links.timelinePage("t"));
    }
}
