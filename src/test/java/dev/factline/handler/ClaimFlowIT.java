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
import static dev.factline.handler.TestApi.OTHER_EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fact-checker's and the editor's work, end to end through the real handlers and table. */
@ExtendWith(FreshApi.class)
class ClaimFlowIT {

    static final String ARTICLE = "The talks on the sidelines of the annual Asia-Pacific Economic Cooperation"
            + " summit in Peru come just over two months before Mr Biden leaves office.\n\n"
            + "On Friday, Mr Biden, South Korean President Yoon Seok Yul and Japan\u2019s Prime Minister"
            + " Shigeru Ishiba condemned North Korean leader Kim Jong Un\u2019s decision to send thousands of"
            + " troops to help Moscow.\n\nMr Biden called it \u201cdangerous and destabilising cooperation\u201d.";
    static final String TOPIC = "biden-xi-apec-2024";

    private final TestApi api;
    private final TestTable table;

    ClaimFlowIT(TestApi api) {
        this.api = api;
        this.table = api.table();
    }

    @Test
    void factCheckerFlow_sourceThenVerifiedClaimThenReviewByAnotherEditor_reachesTheTimeline() {
        Response source = api.post("/sources").as(FACT_CHECKER).json(Map.of(
                "url", "urn:factline:test:article", "title", "Test article", "publishedAt", "2024-11-16",
                "text", ARTICLE)).send();
        assertEquals(201, source.status());
        String sourceId = source.json().get("id").asText();
        assertEquals("/sources/" + sourceId, source.header("Location"));
        assertEquals(ARTICLE.length(), source.json().get("textLength").asInt());
        assertEquals(FACT_CHECKER.sub(), source.json().get("createdBy").asText());
        assertFalse(source.json().has("text"), "POST answers without the text");

        Response claim = api.post("/claims").as(FACT_CHECKER).json(Map.of(
                "topic", TOPIC,
                "statement", "  Biden, Yoon and Ishiba condemned North Korea's troop deployment.  ",
                "eventDate", "2024-11-15",
                "claimant", "Joe Biden",
                "sourceId", sourceId,
                "quote", "On Friday, Mr Biden, South Korean President Yoon Seok Yul and Japan's Prime Minister"
                        + "   Shigeru Ishiba condemned")).send();
        assertEquals(201, claim.status(), claim.rawBody());
        JsonNode created = claim.json();
        String claimId = created.get("id").asText();
        assertEquals("/claims/" + claimId, claim.header("Location"));
        assertEquals("\"1\"", claim.header("ETag"));
        assertEquals("Biden, Yoon and Ishiba condemned North Korea's troop deployment.",
                created.get("statement").asText());
        assertEquals("day", created.get("datePrecision").asText());
        assertTrue(created.get("endDate").isNull());
        assertTrue(created.get("quoteVerified").asBoolean());
        assertEquals("pending", created.get("status").asText());
        assertEquals(1, created.get("version").asInt());
        assertTrue(created.get("rating").isNull());
        assertTrue(created.get("ratingLabel").isNull());
        assertEquals(0, created.get("reviews").size());
        assertEquals(sourceId, created.get("source").get("id").asText());
        assertEquals("urn:factline:test:article", created.get("source").get("url").asText());
        assertEquals(FACT_CHECKER.sub(), created.get("submittedBy").asText());
        assertEquals("2024-11-16T10:00:00.000Z", created.get("submittedAt").asText());

        Response queue = api.get("/claims").as(EDITOR).query("topic", TOPIC).query("status", "pending").send();
        assertEquals(200, queue.status());
        assertEquals(claimId, queue.json().get("items").get(0).get("id").asText());
        assertTrue(queue.json().get("nextCursor").isNull());

        api.clock.advance(Duration.ofHours(1));
        Response review = api.post("/claims/" + claimId + "/reviews").as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("rating", "accurate", "explanation", "The joint statement says so.",
                        "evidence", List.of(Map.of("url", "https://example.org/statement", "title", "Statement"))))
                .send();
        assertEquals(201, review.status(), review.rawBody());
        assertEquals("\"2\"", review.header("ETag"));
        JsonNode reviewed = review.json();
        assertEquals("reviewed", reviewed.get("status").asText());
        assertEquals("accurate", reviewed.get("rating").asText());
        assertEquals("Accurate", reviewed.get("ratingLabel").asText());
        JsonNode firstReview = reviewed.get("reviews").get(0);
        assertEquals(EDITOR.sub(), firstReview.get("reviewer").asText());
        assertEquals("Accurate", firstReview.get("ratingLabel").asText());
        assertEquals("2024-11-16T11:00:00.000Z", firstReview.get("reviewedAt").asText());
        assertEquals("https://example.org/statement", firstReview.get("evidence").get(0).get("url").asText());

        Response timeline = api.get("/timelines/" + TOPIC).send();
        assertEquals(200, timeline.status());
        assertEquals("*", timeline.header("Access-Control-Allow-Origin"));
        JsonNode event = timeline.json().get("events").get(0);
        assertEquals(TOPIC, timeline.json().get("topic").asText());
        assertEquals(claimId, event.get("id").asText());
        assertEquals("2024-11-15", event.get("eventDate").asText());
        assertEquals("Accurate", event.get("ratingLabel").asText());
        assertEquals("The joint statement says so.", event.get("explanation").asText());
        assertEquals("Test article", event.get("source").get("title").asText());
        assertFalse(event.get("source").has("id"));
        assertFalse(event.has("submittedBy"), "the public timeline names no user");
        assertEquals("2024-11-16T11:00:00.000Z", event.get("reviewedAt").asText());

        Response emptyQueue = api.get("/claims").as(EDITOR).query("topic", TOPIC).send();
        assertEquals(0, emptyQueue.json().get("items").size(), "reviewed claims leave the pending queue");

        Response read = api.get("/claims/" + claimId).as(FACT_CHECKER).send();
        assertEquals(200, read.status());
        assertEquals("\"2\"", read.header("ETag"));
        assertEquals(reviewed, read.json());
    }

    @Test
    void source_postedAgainWithTheSameBody_returnsTheStoredSourceWith200() {
        Map<String, String> body = Map.of("url", "https://example.org/news/1", "title", "One", "text", "Text.");
        Response first = api.post("/sources").as(FACT_CHECKER).json(body).send();
        Response again = api.post("/sources").as(EDITOR).json(body).send();
        assertEquals(201, first.status());
        assertEquals(200, again.status());
        assertEquals(first.json(), again.json());
        assertEquals(1, table.allItems().size());

        Response read = api.get("/sources/" + first.json().get("id").asText()).as(EDITOR).send();
        assertEquals(200, read.status());
        assertEquals("Text.", read.json().get("text").asText());
    }

    @Test
    void claim_withQuoteOfASourceWithoutText_isStoredUnverified() {
        String sourceId = api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "https://example.org/no-text", "title", "No text")).send().json().get("id").asText();
        Response claim = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC, "statement", "S",
                "eventDate", "2024", "sourceId", sourceId, "quote", "anything")).send();
        assertEquals(201, claim.status());
        assertFalse(claim.json().get("quoteVerified").asBoolean());
        assertEquals("year", claim.json().get("datePrecision").asText());
    }

    @Test
    void review_again_keepsEveryReviewNewestLast_andTheNewestSetsTheRating() {
        String id = submit("2024-11", FACT_CHECKER);
        review(id, "\"1\"", EDITOR, "accurate");
        Response second = review(id, "\"2\"", OTHER_EDITOR, "misleading");
        assertEquals(201, second.status());
        assertEquals("misleading", second.json().get("rating").asText());
        assertEquals(2, second.json().get("reviews").size());
        assertEquals(OTHER_EDITOR.sub(), second.json().get("reviews").get(1).get("reviewer").asText());
        assertEquals(3, second.json().get("version").asInt());
        assertEquals("Misleading", api.get("/timelines/" + TOPIC).send().json()
                .get("events").get(0).get("ratingLabel").asText());
    }

    @Test
    void withdraw_takesTheClaimOffTimelineAndQueue_keepsItsHistory() {
        String reviewed = submit("2024-11-15", FACT_CHECKER);
        review(reviewed, "\"1\"", EDITOR, "accurate");
        String pending = submit("2024-11-16", FACT_CHECKER);

        Response w1 = api.delete("/claims/" + reviewed).as(EDITOR).header("If-Match", "\"2\"").send();
        Response w2 = api.delete("/claims/" + pending).as(EDITOR).header("If-Match", "\"1\"").send();

        assertEquals(200, w1.status(), w1.rawBody());
        assertEquals("withdrawn", w1.json().get("status").asText());
        assertEquals(1, w1.json().get("reviews").size());
        assertEquals("\"3\"", w1.header("ETag"));
        assertEquals(200, w2.status());
        assertEquals(0, api.get("/timelines/" + TOPIC).send().json().get("events").size());
        assertEquals(0, api.get("/claims").as(EDITOR).query("topic", TOPIC).send().json().get("items").size());
        assertEquals(2, api.get("/claims").as(EDITOR).query("topic", TOPIC).query("status", "withdrawn").send()
                .json().get("items").size());
        assertEquals("withdrawn", api.get("/claims/" + reviewed).as(EDITOR).send().json().get("status").asText());
    }

    @Test
    void withdraw_withAReason_keepsWhenWhoAndWhyOnTheClaim() {
        String reviewed = submit("2024-11-15", FACT_CHECKER);
        review(reviewed, "\"1\"", EDITOR, "accurate");
        api.clock.advance(Duration.ofMinutes(5));

        Response withdrawn = api.delete("/claims/" + reviewed).as(OTHER_EDITOR).header("If-Match", "\"2\"")
                .json(Map.of("reason", "  The quote was from a different meeting.  ")).send();

        assertEquals(200, withdrawn.status(), withdrawn.rawBody());
        JsonNode withdrawal = withdrawn.json().get("withdrawal");
        assertEquals("2024-11-16T10:05:00.000Z", withdrawal.get("at").asText());
        assertEquals(OTHER_EDITOR.sub(), withdrawal.get("by").asText());
        assertEquals("The quote was from a different meeting.", withdrawal.get("reason").asText());
        assertEquals(withdrawal, api.get("/claims/" + reviewed).as(EDITOR).send().json().get("withdrawal"),
                "read back from the item");
    }

    @Test
    void withdraw_withoutABody_hasAWithdrawalWithoutReason_andOthersHaveNone() {
        String pending = submit("2024-11-15", FACT_CHECKER);
        String other = submit("2024-11-16", FACT_CHECKER);

        Response withdrawn = api.delete("/claims/" + pending).as(EDITOR).header("If-Match", "\"1\"").send();

        assertEquals(200, withdrawn.status(), withdrawn.rawBody());
        assertEquals(EDITOR.sub(), withdrawn.json().get("withdrawal").get("by").asText());
        assertTrue(withdrawn.json().get("withdrawal").get("reason").isNull());
        assertTrue(api.get("/claims/" + other).as(EDITOR).send().json().get("withdrawal").isNull());
    }

    @Test
    void withdraw_whenTheBodyIsWrong_refusesAndWritesNothing() {
        String pending = submit("2024-11-15", FACT_CHECKER);
        var before = table.allItems();

        Response unknown = api.delete("/claims/" + pending).as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("why", "x")).send();
        Response notText = api.delete("/claims/" + pending).as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("reason", 42)).send();
        Response tooLong = api.delete("/claims/" + pending).as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("reason", "x".repeat(1001))).send();

        assertEquals(400, unknown.status());
        assertEquals(422, notText.status());
        assertEquals("reason", notText.json().get("errors").get(0).get("field").asText());
        assertEquals(422, tooLong.status());
        assertEquals(before, table.allItems(), "nothing written");
    }

    @Test
    void idempotentSubmission_sameKeySameBody_returnsTheOriginalClaimAndStoresOne() {
        Map<String, String> body = Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024");
        Response first = api.post("/claims").as(FACT_CHECKER).header("Idempotency-Key", "k-1").json(body).send();
        Response again = api.post("/claims").as(FACT_CHECKER).header("Idempotency-Key", "k-1").json(body).send();
        assertEquals(201, first.status());
        assertEquals(201, again.status());
        assertEquals(first.json(), again.json());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, table.claimItems().size());
    }

    @Test
    void idempotentSubmission_sameKeyFromAnotherUser_isUnrelated() {
        Map<String, String> body = Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024");
        Response mine = api.post("/claims").as(FACT_CHECKER).header("Idempotency-Key", "k-1").json(body).send();
        Response theirs = api.post("/claims").as(EDITOR).header("Idempotency-Key", "k-1").json(body).send();
        assertEquals(201, theirs.status());
        assertNotEquals(mine.json().get("id"), theirs.json().get("id"));
        assertEquals(2, table.claimItems().size());
    }

    @Test
    void pendingQueue_isOldestFirst_andPagesWithItsCursor() {
        List<String> submitted = submitFive();
        assertEquals(submitted, queue(null));
        assertEquals(submitted, queue("oldest"));
    }

    @Test
    void pendingQueue_orderNewest_isNewestSubmissionFirst_acrossPages() {
        List<String> submitted = new ArrayList<>(submitFive());
        java.util.Collections.reverse(submitted);
        assertEquals(submitted, queue("newest"));
    }

    @Test
    void pendingQueue_withAnUnknownOrder_orACursorOfTheOtherOrder_is400() {
        submitFive();
        assertEquals(400, api.get("/claims").as(FACT_CHECKER).query("topic", TOPIC).query("order", "random")
                .send().status());
        String newestCursor = api.get("/claims").as(FACT_CHECKER).query("topic", TOPIC).query("order", "newest")
                .query("limit", "2").send().json().get("nextCursor").asText();
        assertEquals(400, api.get("/claims").as(FACT_CHECKER).query("topic", TOPIC).query("limit", "2")
                .query("cursor", newestCursor).send().status());
    }

    private List<String> submitFive() {
        List<String> submitted = new ArrayList<>();
        for (String date : List.of("2030", "2020", "2025-06", "2024-11-15", "2021")) {
            submitted.add(submit(date, FACT_CHECKER));
            api.clock.advance(Duration.ofSeconds(1));
        }
        return submitted;
    }

    /** Every page of the pending queue, two claims at a time, in the given order (null: the default). */
    private List<String> queue(String order) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = api.get("/claims").as(FACT_CHECKER).query("topic", TOPIC).query("limit", "2");
            if (order != null) {
                request.query("order", order);
            }
            if (cursor != null) {
                request.query("cursor", cursor);
            }
            JsonNode page = request.send().json();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return seen;
    }

    @Test
    void claim_withEndDate_keepsIt() {
        Response claim = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC, "statement", "S",
                "eventDate", "2024-11-15", "endDate", "2025-01")).send();
        assertEquals(201, claim.status());
        assertEquals("2025-01", claim.json().get("endDate").asText());
        assertNotNull(claim.json().get("submittedAt").asText());
    }

    String submit(String eventDate, TestApi.Caller caller) {
        Response r = api.post("/claims").as(caller).json(Map.of("topic", TOPIC,
                "statement", "Claim dated " + eventDate, "eventDate", eventDate, "claimant", "Someone")).send();
        assertEquals(201, r.status(), r.rawBody());
        return r.json().get("id").asText();
    }

    Response review(String id, String ifMatch, TestApi.Caller editor, String rating) {
        return api.post("/claims/" + id + "/reviews").as(editor).header("If-Match", ifMatch)
                .json(Map.of("rating", rating, "explanation", "Checked.")).send();
    }
}
