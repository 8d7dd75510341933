package dev.factline.handler;

import dev.factline.handler.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static dev.factline.handler.TestApi.OTHER_EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public route's HTTP caching and CORS, through the real handler over a real table. */
@ExtendWith(FreshApi.class)
class TimelineCachingIT {

    private static final String TOPIC = "caching-topic";
    private static final List<String> FORMATS = List.of("json", "timelinejs", "claimreview");

    private final TestApi api;
    private String claimId;

    TimelineCachingIT(TestApi api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        claimId = submitAndReview("2024-11-15", "accurate");
        submitAndReview("2024-11", "unproven");
        submitAndReview("2024", "false");
    }

    private Response timeline(String format, String ifNoneMatch) {
        var request = api.get("/timelines/" + TOPIC).query("format", format);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.send();
    }

    @Test
    void everyFormat_200_carriesAStrongEtag_publicCacheControl_andOpenCors() {
        Map<String, String> etags = new HashMap<>();
        for (String format : FORMATS) {
            Response response = timeline(format, null);
            assertEquals(200, response.status(), response.rawBody());
            assertTrue(response.header("ETag").matches("\"[A-Za-z0-9_-]+\""), response.header("ETag"));
            assertEquals("public, max-age=60", response.header("Cache-Control"));
            assertEquals("*", response.header("Access-Control-Allow-Origin"));
            assertNull(response.header("Vary"), "no representation depends on a request header");
            etags.put(format, response.header("ETag"));
        }
        assertEquals("application/json; charset=utf-8", timeline("json", null).header("Content-Type"));
        assertEquals("application/json; charset=utf-8", timeline("timelinejs", null).header("Content-Type"));
        assertEquals("application/ld+json", timeline("claimreview", null).header("Content-Type"));
        assertEquals(3, Map.copyOf(etags).values().stream().distinct().count(), "each format has its own ETag");
        assertEquals(3, timeline("claimreview", null).json().size());
        assertEquals(3, timeline("timelinejs", null).json().get("events").size());
    }

    @Test
    void ifNoneMatch_withTheCurrentEtag_returns304WithoutBody_andTheSameCachingAndCorsHeaders() {
        for (String format : FORMATS) {
            Response fresh = timeline(format, null);
            String etag = fresh.header("ETag");
            for (String ifNoneMatch : List.of(etag, "\"stale\", " + etag, "W/" + etag, "*")) {
                Response notModified = timeline(format, ifNoneMatch);
                assertEquals(304, notModified.status(), format + " If-None-Match: " + ifNoneMatch);
                assertNull(notModified.rawBody(), "a 304 has no body");
                assertNull(notModified.header("Content-Type"));
                assertEquals(etag, notModified.header("ETag"));
                assertEquals("public, max-age=60", notModified.header("Cache-Control"));
                assertEquals("*", notModified.header("Access-Control-Allow-Origin"));
            }
            assertEquals(200, timeline(format, "\"stale\"").status());
        }
    }

    @Test
    void etag_changesAfterAReview_andTheOldOneNoLongerGets304() {
        Map<String, String> before = new HashMap<>();
        FORMATS.forEach(f -> before.put(f, timeline(f, null).header("ETag")));

        Response review = api.post("/claims/" + claimId + "/reviews").as(OTHER_EDITOR).header("If-Match", "\"2\"")
                .json(Map.of("rating", "misleading", "explanation", "Out of context.")).send();
        assertEquals(201, review.status(), review.rawBody());

        for (String format : FORMATS) {
            Response after = timeline(format, before.get(format));
            assertEquals(200, after.status(), format + ": the old ETag must not match the reviewed page");
            assertNotEquals(before.get(format), after.header("ETag"), format);
        }
        assertTrue(timeline("timelinejs", null).rawBody().contains("\"group\":\"Misleading\""));
    }

    @Test
    void body_afterAReRating_isRenderedAnew_inEveryFormat_neverAnEarlierKeptOne() {
        Map<String, String> before = new HashMap<>();
        FORMATS.forEach(f -> before.put(f, timeline(f, null).rawBody()));
        FORMATS.forEach(f -> assertEquals(before.get(f), timeline(f, null).rawBody(), f + ": the same page twice"));

        Response review = api.post("/claims/" + claimId + "/reviews").as(OTHER_EDITOR).header("If-Match", "\"2\"")
                .json(Map.of("rating", "misleading", "explanation", "Out of context.")).send();
        assertEquals(201, review.status(), review.rawBody());

        for (String format : FORMATS) {
            String after = timeline(format, null).rawBody();
            assertNotEquals(before.get(format), after, format);
            assertTrue(after.toLowerCase(java.util.Locale.ROOT).contains("misleading"), format + ": " + after);
        }
    }

    @Test
    void etag_changesWhenAClaimLeavesThePage() {
        String before = timeline("json", null).header("ETag");
        Response withdrawn = api.delete("/claims/" + claimId).as(EDITOR).header("If-Match", "\"2\"").send();
        assertEquals(200, withdrawn.status(), withdrawn.rawBody());
        Response after = timeline("json", before);
        assertEquals(200, after.status());
        assertEquals(2, after.json().get("events").size());
    }

    @Test
    void problems_onThePublicRoute_carryOpenCors_soTheEmbeddingPageCanReadThem() {
        List<Response> problems = List.of(
                timeline("xml", null),
                api.get("/timelines/" + TOPIC).query("limit", "0").send(),
                api.get("/timelines/Not_A_Topic").send(),
                api.get("/timelines/" + TOPIC).query("cursor", "tampered").send(),
                api.get("/timelines/" + TOPIC).query("unknown", "1").send());
        for (Response problem : problems) {
            assertEquals(400, problem.status(), problem.rawBody());
            assertEquals("application/problem+json", problem.header("Content-Type"));
            assertEquals("*", problem.header("Access-Control-Allow-Origin"), problem.rawBody());
            assertEquals("public, max-age=60", problem.header("Cache-Control"));
            assertNull(problem.header("ETag"));
        }
        assertEquals("query parameter format: must be one of json, timelinejs, claimreview",
                problems.get(0).json().get("detail").asText());
    }

    @Test
    void guardedRoutes_keepTheirProblemsWithoutTheTimelinesHeaders() {
        Response problem = api.get("/claims").query("topic", TOPIC).send();
        assertEquals(401, problem.status());
        assertNull(problem.header("Access-Control-Allow-Origin"));
        assertNull(problem.header("Cache-Control"));
    }

    private String submitAndReview(String date, String rating) {
        Response submitted = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC,
                "statement", "Dated " + date, "eventDate", date, "claimant", "Someone")).send();
        assertEquals(201, submitted.status(), submitted.rawBody());
        String id = submitted.json().get("id").asText();
        Response reviewed = api.post("/claims/" + id + "/reviews").as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("rating", rating, "explanation", "Checked.")).send();
        assertEquals(201, reviewed.status(), reviewed.rawBody());
        assertNotNull(reviewed.header("ETag"));
        return id;
    }
}
