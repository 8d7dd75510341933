package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public timeline: only reviewed claims, in date order, filtered and paged as the contract says. */
@ExtendWith(FreshApi.class)
class TimelineIT {

    private static final String TOPIC = "biden-xi-apec-2024";
    private static final List<String> DATES = List.of("2025", "2024-11-15", "2024", "2024-11", "2024-11-30",
            "2025-01-20", "2024-10-31");

    private final TestApi api;

    TimelineIT(TestApi api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        int i = 0;
        for (String date : DATES) {
            String id = submit(date, TOPIC);
            String rating = i++ % 2 == 0 ? "accurate" : "false";
            assertEquals(201, api.post("/claims/" + id + "/reviews").as(EDITOR).header("If-Match", "\"1\"")
                    .json(Map.of("rating", rating, "explanation", "Checked.")).send().status());
        }
        submit("2024-11-16", TOPIC);
        submit("2024-11-17", "another-topic");
    }

    @Test
    void timeline_listsOnlyReviewedClaims_byDateStringThenId() {
        assertEquals(List.of("2024", "2024-10-31", "2024-11", "2024-11-15", "2024-11-30", "2025", "2025-01-20"),
                dates(api.get("/timelines/" + TOPIC).send()));
    }

    @Test
    void from_keepsEventsWhoseDateCutToItsLengthIsNotBefore() {
        assertEquals(List.of("2024-11", "2024-11-15", "2024-11-30", "2025", "2025-01-20"),
                dates(api.get("/timelines/" + TOPIC).query("from", "2024-11").send()));
        assertEquals(List.of("2024-11-15", "2024-11-30", "2025", "2025-01-20"),
                dates(api.get("/timelines/" + TOPIC).query("from", "2024-11-15").send()));
    }

    @Test
    void to_keepsEventsWhoseDateCutToItsLengthIsNotAfter() {
        assertEquals(List.of("2024", "2024-10-31", "2024-11", "2024-11-15", "2024-11-30"),
                dates(api.get("/timelines/" + TOPIC).query("to", "2024-11").send()));
        assertEquals(List.of("2024", "2024-10-31", "2024-11", "2024-11-15", "2024-11-30", "2025", "2025-01-20"),
                dates(api.get("/timelines/" + TOPIC).query("to", "2025").send()));
    }

    @Test
    void fromAndTo_together_andInverted_giveTheIntersectionOrNothing() {
        assertEquals(List.of("2024-11", "2024-11-15", "2024-11-30"),
                dates(api.get("/timelines/" + TOPIC).query("from", "2024-11").query("to", "2024-11").send()));
        assertEquals(List.of(),
                dates(api.get("/timelines/" + TOPIC).query("from", "2025").query("to", "2024").send()));
    }

    @Test
    void rating_keepsOnlyTheNamedRatings() {
        Response response = api.get("/timelines/" + TOPIC).query("rating", "false").send();
        assertEquals(List.of("2024-11", "2024-11-15", "2025-01-20"), dates(response));
        response.json().get("events").forEach(e -> assertEquals("false", e.get("rating").asText()));
        assertEquals(7, dates(api.get("/timelines/" + TOPIC).query("rating", "accurate,false").send()).size());
    }

    @Test
    void cursor_pagesThroughEveryEventOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api.get("/timelines/" + TOPIC).query("limit", "3");
            if (cursor != null) {
                request.query("cursor", cursor);
            }
            JsonNode page = request.send().json();
            page.get("events").forEach(e -> seen.add(e.get("eventDate").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(dates(api.get("/timelines/" + TOPIC).send()), seen);
    }

    @Test
    void cursor_fromAnotherQuery_returns400() {
        String cursor = api.get("/timelines/" + TOPIC).query("limit", "2").send().json().get("nextCursor").asText();
        assertEquals(400, api.get("/timelines/" + TOPIC).query("limit", "2").query("rating", "false")
                .query("cursor", cursor).send().status());
        assertEquals(400, api.get("/timelines/another-topic").query("cursor", cursor).send().status());
        assertEquals(400, api.get("/claims").as(EDITOR).query("topic", TOPIC).query("status", "reviewed")
                .query("cursor", cursor).send().status());
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");
        assertEquals(400, api.get("/timelines/" + TOPIC).query("limit", "2").query("cursor", tampered).send().status());
        assertEquals(200, api.get("/timelines/" + TOPIC).query("limit", "5").query("cursor", cursor).send().status(),
                "the page size may change between pages");
    }

    @Test
    void topicNeverRegistered_returns404Problem() {
        Response response = api.get("/timelines/no-such-topic").send();
        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals("*", response.header("Access-Control-Allow-Origin"), "an embedding page may read the 404");
        assertEquals(404, api.get("/timelines/no-such-topic").query("format", "timelinejs").send().status());
    }

    @Test
    void registeredTopicWithoutReviewedClaims_returns200WithNoEvents() {
        Response response = api.get("/timelines/another-topic").send();
        assertEquals(200, response.status());
        assertTrue(response.json().get("events").isEmpty());
        assertTrue(response.json().get("nextCursor").isNull());
    }

    @Test
    void startedTopicWithNoClaimAtAll_returns200WithNoEvents() {
        assertEquals(201, api.post("/topics").as(FACT_CHECKER)
                .json(Map.of("id", "just-started", "title", "Just started")).send().status());
        Response response = api.get("/timelines/just-started").send();
        assertEquals(200, response.status());
        assertTrue(response.json().get("events").isEmpty());
    }

    @Test
    void reviewedListing_forEditors_usesTimelineOrder() {
        Response response = api.get("/claims").as(FACT_CHECKER).query("topic", TOPIC).query("status", "reviewed").send();
        List<String> dates = new ArrayList<>();
        response.json().get("items").forEach(c -> dates.add(c.get("eventDate").asText()));
        assertEquals(dates(api.get("/timelines/" + TOPIC).send()), dates);
    }

    private String submit(String date, String topic) {
        Response r = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", topic,
                "statement", "Dated " + date, "eventDate", date)).send();
        assertEquals(201, r.status(), r.rawBody());
        return r.json().get("id").asText();
    }

    private static List<String> dates(Response response) {
        assertEquals(200, response.status(), response.rawBody());
        List<String> dates = new ArrayList<>();
        response.json().get("events").forEach(e -> dates.add(e.get("eventDate").asText()));
        return dates;
    }
}
