package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.TestApi.Response;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk's topics: started, listed with their counts, read with their sources, over a real table. */
@ExtendWith(FreshApi.class)
class TopicsIT {

    private final TestApi api;
    private final TestTable table;

    TopicsIT(TestApi api) {
        this.api = api;
        this.table = api.table();
    }

    @Test
    void startTopic_is201WithItsLocation_andEmptyCounts() {
        Response started = start("apec-2024", "  APEC 2024 ");
        assertEquals(201, started.status(), started.rawBody());
        assertEquals("/topics/apec-2024", started.header("Location"));
        JsonNode topic = started.json();
        assertEquals("apec-2024", topic.get("id").asText());
        assertEquals("APEC 2024", topic.get("title").asText());
        assertEquals(0, topic.get("pending").asInt());
        assertEquals(0, topic.get("reviewed").asInt());
        assertEquals("fc-alice", topic.get("createdBy").asText());
    }

    @Test
    void startTopic_thatExists_is409_andKeepsTheFirst() {
        start("apec-2024", "APEC 2024");
        var before = table.allItems();
        Response again = api.post("/topics").as(EDITOR).json(Map.of("id", "apec-2024", "title", "Other")).send();
        assertEquals(409, again.status());
        assertEquals("application/problem+json", again.header("Content-Type"));
        assertEquals(before, table.allItems(), "nothing written");
        assertEquals("APEC 2024", api.get("/topics/apec-2024").as(EDITOR).send().json().get("title").asText());
    }

    @Test
    void startTopic_withABadIdOrTitle_is422NamingTheFields_andServerOwnedFieldsAre400() {
        Response invalid = api.post("/topics").as(FACT_CHECKER).json(Map.of("id", "Not a slug", "title", "")).send();
        assertEquals(422, invalid.status());
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("id", "title"), fields);
        assertEquals(400, api.post("/topics").as(FACT_CHECKER)
                .json(Map.of("id", "ok", "title", "T", "pending", 3)).send().status());
        assertEquals(400, api.post("/topics").as(FACT_CHECKER)
                .json(Map.of("id", "ok", "title", "T", "colour", "red")).send().status());
        assertEquals(List.of(), table.allItems(), "nothing written");
    }

    @Test
    void listTopics_givesEveryTopicById_withItsPendingAndReviewedCounts() {
        start("b-topic", "B");
        start("a-topic", "A");
        String first = submit("a-topic");
        submit("a-topic");
        submit("c-from-a-claim");
        assertEquals(201, api.post("/claims/" + first + "/reviews").as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("rating", "accurate", "explanation", "Checked.")).send().status());

        Response listed = api.get("/topics").as(FACT_CHECKER).send();
        assertEquals(200, listed.status());
        JsonNode items = listed.json().get("items");
        assertEquals(3, items.size());
        assertEquals(List.of("a-topic", "b-topic", "c-from-a-claim"),
                List.of(items.get(0).get("id").asText(), items.get(1).get("id").asText(), items.get(2).get("id").asText()));
        assertEquals(1, items.get(0).get("pending").asInt());
        assertEquals(1, items.get(0).get("reviewed").asInt());
        assertEquals(0, items.get(1).get("pending").asInt());
        assertEquals("c-from-a-claim", items.get(2).get("title").asText(), "started by its first claim, titled with its id");
        assertEquals(1, items.get(2).get("pending").asInt());
        assertEquals(400, api.get("/topics").as(FACT_CHECKER).query("limit", "2").send().status());
    }

    @Test
    void getTopic_listsItsSources_newestFirst_withoutTheirText() {
        start("apec-2024", "APEC 2024");
        Response one = addSource("https://example.org/1", "One", "apec-2024");
        api.clock.advance(Duration.ofMinutes(1));
        addSource("https://example.org/2", "Two", "apec-2024");
        addSource("https://example.org/elsewhere", "Elsewhere", null);
        api.clock.advance(Duration.ofMinutes(1));
        assertEquals(200, addSource("https://example.org/1", "One", "apec-2024").status(),
                "the same source again: stored once, listed once");

        Response topic = api.get("/topics/apec-2024").as(EDITOR).send();
        assertEquals(200, topic.status());
        JsonNode sources = topic.json().get("sources");
        assertEquals(2, sources.size());
        assertEquals("Two", sources.get(0).get("title").asText());
        assertEquals(one.json().get("id"), sources.get(1).get("id"));
        assertEquals("fc-alice", sources.get(1).get("addedBy").asText());
        assertTrue(sources.get(1).get("text") == null, "summaries only");
    }

    @Test
    void sourceForATopicNeverStarted_is422OnTopic_andStoresNothing() {
        Response refused = addSource("https://example.org/1", "One", "nobody-started-this");
        assertEquals(422, refused.status());
        assertEquals("topic", refused.json().get("errors").get(0).get("field").asText());
        assertEquals(List.of(), table.allItems());
    }

    @Test
    void getTopic_neverStarted_orMalformed_is404_andQueryParametersAre400() {
        assertEquals(404, api.get("/topics/nobody").as(EDITOR).send().status());
        assertEquals(404, api.get("/topics/NOT_A_TOPIC").as(EDITOR).send().status());
        start("apec-2024", "APEC 2024");
        assertEquals(400, api.get("/topics/apec-2024").as(EDITOR).query("x", "1").send().status());
    }

    private Response start(String id, String title) {
        return api.post("/topics").as(FACT_CHECKER).json(Map.of("id", id, "title", title)).send();
    }

    private String submit(String topic) {
        Response r = api.post("/claims").as(FACT_CHECKER)
                .json(Map.of("topic", topic, "statement", "S", "eventDate", "2024")).send();
        assertEquals(201, r.status(), r.rawBody());
        return r.json().get("id").asText();
    }

    private Response addSource(String url, String title, String topic) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("url", url, "title", title, "text", "Text."));
        if (topic != null) {
            body.put("topic", topic);
        }
        return api.post("/sources").as(FACT_CHECKER).json(body).send();
    }
}
