package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.TestApi.Response;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.ServerSocket;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static dev.factline.handler.TestApi.NO_ROLE;
import static dev.factline.handler.TestApi.OTHER_EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every row of the contract's error table: its status, an RFC 9457 body, and a table that
 * holds exactly what it held before the request.
 */
@ExtendWith(FreshApi.class)
class ErrorResponsesIT {

    private static final String TOPIC = "biden-xi-apec-2024";

    private final TestApi api;
    private final TestTable table;
    private String sourceId;
    private String claimId;

    ErrorResponsesIT(TestApi api) {
        this.api = api;
        this.table = api.table();
    }

    @BeforeEach
    void setUp() {
        sourceId = api.post("/sources").as(FACT_CHECKER).json(Map.of("url", "https://example.org/a",
                "title", "A", "text", ClaimFlowIT.ARTICLE)).send().json().get("id").asText();
        claimId = api.post("/claims").as(FACT_CHECKER).header("Idempotency-Key", "key-1")
                .json(validClaim()).send().json().get("id").asText();
    }

    private Map<String, Object> validClaim() {
        return Map.of("topic", TOPIC, "statement", "Biden condemned it.", "eventDate", "2024-11-15",
                "sourceId", sourceId, "quote", "Mr Biden called it");
    }

    @Test
    void body_thatIsNotJson_returns400() {
        assertProblem(400, "bad-request", api.post("/claims").as(FACT_CHECKER).body("{\"topic\": ", "application/json"));
    }

    @Test
    void body_thatIsAJsonArray_returns400() {
        assertProblem(400, "bad-request", api.post("/claims").as(FACT_CHECKER).json("[1, 2]"));
    }

    @Test
    void body_withDuplicateField_returns400() {
        assertProblem(400, "bad-request", api.post("/sources").as(FACT_CHECKER)
                .json("{\"url\": \"https://a.example/x\", \"url\": \"https://a.example/y\", \"title\": \"T\"}"));
    }

    @Test
    void body_withUnknownField_returns400NamingIt() {
        JsonNode problem = assertProblem(400, "bad-request", api.post("/claims").as(FACT_CHECKER)
                .json(Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024", "colour", "red")));
        assertEquals("colour", problem.get("errors").get(0).get("field").asText());
    }

    @Test
    void body_withServerOwnedField_returns400() {
        for (String field : List.of("id", "status", "version", "submittedBy", "submittedAt", "reviews", "rating",
                "quoteVerified")) {
            JsonNode problem = assertProblem(400, "bad-request", api.post("/claims").as(FACT_CHECKER)
                    .json(Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024", field, "x")));
            assertEquals(field, problem.get("errors").get(0).get("field").asText());
        }
    }

    @Test
    void review_withServerOwnedOrUnknownEvidenceField_returns400() {
        assertProblem(400, "bad-request", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E",
                        "reviewer", "someone-else")));
        assertProblem(400, "bad-request", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E",
                        "evidence", List.of(Map.of("url", "https://a.example", "title", "T", "x", "y")))));
    }

    @Test
    void query_withBadParameter_returns400() {
        assertProblem(400, "bad-request", api.get("/claims").as(EDITOR).query("topic", TOPIC).query("limit", "0"));
        assertProblem(400, "bad-request", api.get("/claims").as(EDITOR).query("topic", TOPIC).query("limit", "101"));
        assertProblem(400, "bad-request", api.get("/claims").as(EDITOR).query("topic", TOPIC).query("status", "done"));
        assertProblem(400, "bad-request", api.get("/claims").as(EDITOR));
        assertProblem(400, "bad-request", api.get("/claims").as(EDITOR).query("topic", TOPIC).query("sort", "x"));
        assertProblem(400, "bad-request", api.get("/timelines/" + TOPIC).query("from", "2024-13"));
        assertProblem(400, "bad-request", api.get("/timelines/" + TOPIC).query("rating", "accurate,great"));
        assertProblem(400, "bad-request", api.get("/timelines/" + TOPIC).query("limit", "ten"));
        assertProblem(400, "bad-request", api.get("/timelines/Not_A_Topic"));
    }

    @Test
    void cursor_thatWasTampered_returns400() {
        assertProblem(400, "bad-request", api.get("/timelines/" + TOPIC).query("cursor", "bm90LWEtY3Vyc29y"));
        assertProblem(400, "bad-request", api.get("/claims").as(EDITOR).query("topic", TOPIC).query("cursor", "%%%"));
    }

    @Test
    void missingToken_returns401() {
        JsonNode problem = assertProblem(401, "unauthenticated", api.post("/claims").json(validClaim()));
        assertNotNull(problem.get("detail"));
        assertProblem(401, "unauthenticated", api.get("/claims/" + claimId));
    }

    @Test
    void tokenWithoutRole_returns403() {
        assertProblem(403, "forbidden", api.post("/claims").as(NO_ROLE).json(validClaim()));
        assertProblem(403, "forbidden", api.post("/sources").as(new TestApi.Caller("x", "[readers]"))
                .json(Map.of("url", "https://example.org/b", "title", "B")));
    }

    @Test
    void factChecker_reviewingOrWithdrawing_returns403() {
        assertProblem(403, "forbidden", api.post("/claims/" + claimId + "/reviews").as(FACT_CHECKER)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E")));
        assertProblem(403, "forbidden", api.delete("/claims/" + claimId).as(FACT_CHECKER).header("If-Match", "\"1\""));
    }

    @Test
    void editor_reviewingAClaimTheySubmitted_returns403() {
        String own = api.post("/claims").as(OTHER_EDITOR).json(Map.of("topic", TOPIC, "statement", "Mine",
                "eventDate", "2024")).send().json().get("id").asText();
        assertProblem(403, "forbidden", api.post("/claims/" + own + "/reviews").as(OTHER_EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E")));
    }

    @Test
    void unknownIds_return404() {
        assertProblem(404, "not-found", api.get("/claims/0123456789abcdef0123456789abcdef").as(EDITOR));
        assertProblem(404, "not-found", api.get("/claims/not-an-id").as(EDITOR));
        assertProblem(404, "not-found", api.get("/sources/0123456789abcdef0123456789abcdef").as(EDITOR));
        assertProblem(404, "not-found", api.post("/claims/0123456789abcdef0123456789abcdef/reviews").as(EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E")));
        assertProblem(404, "not-found", api.delete("/claims/0123456789abcdef0123456789abcdef").as(EDITOR)
                .header("If-Match", "\"1\""));
    }

    @Test
    void idempotencyKey_reusedWithADifferentBody_returns409() {
        assertProblem(409, "conflict", api.post("/claims").as(FACT_CHECKER).header("Idempotency-Key", "key-1")
                .json(Map.of("topic", TOPIC, "statement", "Something else", "eventDate", "2024")));
    }

    @Test
    void sourceUrl_reusedWithADifferentBody_returns409() {
        assertProblem(409, "conflict", api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "https://example.org/a", "title", "Another title")));
    }

    @Test
    void review_ofAWithdrawnClaim_returns409() {
        api.delete("/claims/" + claimId).as(EDITOR).header("If-Match", "\"1\"").send();
        assertProblem(409, "conflict", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                .header("If-Match", "\"2\"").json(Map.of("rating", "accurate", "explanation", "E")));
        assertProblem(409, "conflict", api.delete("/claims/" + claimId).as(EDITOR).header("If-Match", "\"2\""));
    }

    @Test
    void review_whenVersionIsStale_returns412() {
        assertEquals(201, api.post("/claims/" + claimId + "/reviews").as(EDITOR).header("If-Match", "\"1\"")
                .json(Map.of("rating", "accurate", "explanation", "E")).send().status());
        assertProblem(412, "precondition-failed", api.post("/claims/" + claimId + "/reviews").as(OTHER_EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "false", "explanation", "E")));
        assertProblem(412, "precondition-failed", api.delete("/claims/" + claimId).as(EDITOR)
                .header("If-Match", "\"1\""));
        assertProblem(412, "precondition-failed", api.delete("/claims/" + claimId).as(EDITOR)
                .header("If-Match", "W/\"2\""));
    }

    @Test
    void body_over256KiB_returns413() {
        String big = "x".repeat(256 * 1024 + 1);
        assertProblem(413, "payload-too-large", api.post("/sources").as(FACT_CHECKER).body(big, "application/json"));
        String encoded = Base64.getEncoder().encodeToString(big.getBytes());
        assertProblem(413, "payload-too-large", api.post("/sources").as(FACT_CHECKER)
                .header("content-type", "application/json").base64Body(encoded));
    }

    @Test
    void body_thatIsNotApplicationJson_returns415() {
        assertProblem(415, "unsupported-media-type", api.post("/claims").as(FACT_CHECKER)
                .body("topic=x", "application/x-www-form-urlencoded"));
        assertProblem(415, "unsupported-media-type", api.post("/claims").as(FACT_CHECKER)
                .body("{}", null));
        assertProblem(415, "unsupported-media-type", api.post("/claims").as(FACT_CHECKER)
                .body("{}", "application/json; charset=iso-8859-1"));
    }

    @Test
    void base64Body_isDecodedLikeAPIGatewayDoes() {
        String json = "{\"url\": \"https://example.org/b64\", \"title\": \"B\"}";
        Response response = api.post("/sources").as(FACT_CHECKER).header("content-type", "application/json")
                .base64Body(Base64.getEncoder().encodeToString(json.getBytes())).send();
        assertEquals(201, response.status());
    }

    @Test
    void wellFormedBodyBreakingARule_returns422WithTheField() {
        Map<String, Map<String, Object>> cases = Map.of(
                "eventDate", Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024-02-30"),
                "topic", Map.of("topic", "Bad Topic", "statement", "S", "eventDate", "2024"),
                "statement", Map.of("topic", TOPIC, "statement", "s".repeat(1001), "eventDate", "2024"),
                "endDate", Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024-11", "endDate", "2024-10-31"),
                "quote", Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024", "sourceId", sourceId,
                        "quote", "words that the article never printed"),
                "claimant", Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024", "claimant", 42));
        cases.forEach((field, body) -> {
            JsonNode problem = assertProblem(422, "validation", api.post("/claims").as(FACT_CHECKER).json(body));
            assertEquals(field, problem.get("errors").get(0).get("field").asText(), problem.toString());
        });
        JsonNode date = assertProblem(422, "validation", api.post("/claims").as(FACT_CHECKER)
                .json(Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024-02-30")));
        assertEquals("eventDate: not a calendar date", date.get("detail").asText());
    }

    @Test
    void review_breakingARule_returns422() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("rating", "true", "explanation", "E"),
                Map.of("rating", "accurate", "explanation", " "),
                Map.of("rating", "accurate", "explanation", "E", "evidence", List.of(Map.of("url", "ftp://x", "title", "T"))),
                Map.of("rating", "accurate", "explanation", "E", "evidence",
                        java.util.Collections.nCopies(21, Map.of("url", "https://a.example", "title", "T"))))) {
            assertProblem(422, "validation", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                    .header("If-Match", "\"1\"").json(body));
        }
    }

    @Test
    void source_breakingARule_returns422() {
        assertProblem(422, "validation", api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "ftp://example.org/x", "title", "T")));
        assertProblem(422, "validation", api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "https://example.org/x", "title", "T", "text", "t".repeat(100_001))));
        assertProblem(422, "validation", api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "https://example.org/x", "title", "T", "publishedAt", "16/11/2024")));
    }

    @Test
    void reviewOrWithdraw_withoutIfMatch_returns428() {
        assertProblem(428, "precondition-required", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                .json(Map.of("rating", "accurate", "explanation", "E")));
        assertProblem(428, "precondition-required", api.delete("/claims/" + claimId).as(EDITOR));
    }

    @Test
    void unreachableDynamoDb_returns503WithRetryAfter() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (DynamoDbClient unreachable = DynamoDbEngine.client(URI.create("http://127.0.0.1:" + closedPort))) {
            TestApi down = new TestApi(new DynamoDbFactlineStore(unreachable, table.name()));
            Response response = down.get("/timelines/" + TOPIC).send();
            JsonNode problem = assertProblemBody(503, "unavailable", response);
            assertEquals("1", response.header("Retry-After"));
            assertFalse(problem.toString().contains("127.0.0.1"));
        }
    }

    @Test
    void ifMatch_withoutItsQuotes_returns412_sayingToQuoteIt() {
        JsonNode problem = assertProblem(412, "precondition-failed", api.post("/claims/" + claimId + "/reviews")
                .as(EDITOR).header("If-Match", "1").json(Map.of("rating", "accurate", "explanation", "E")));
        assertEquals("If-Match must be the claim's ETag with its quotes, e.g. \"1\", as GET /claims/{id} returned it",
                problem.get("detail").asText());
    }

    @Test
    void unknownBodyField_returns400_listingTheFieldsThereAre() {
        JsonNode problem = assertProblem(400, "bad-request", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E", "date", "2024")));
        assertEquals("date is not a field of this request; its fields are evidence, explanation, rating",
                problem.get("detail").asText());
    }

    @Test
    void evidenceInTheWrongShape_returns422_sayingTheShape() {
        JsonNode problem = assertProblem(422, "validation", api.post("/claims/" + claimId + "/reviews").as(EDITOR)
                .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "E",
                        "evidence", List.of("https://a.example"))));
        assertEquals("evidence[0]", problem.get("errors").get(0).get("field").asText());
        assertEquals("must be an object {\"title\", \"url\"}", problem.get("errors").get(0).get("message").asText());
    }

    @Test
    void badTopicInThePath_isReportedAsAPathParameter() {
        JsonNode problem = assertProblem(400, "bad-request", api.get("/timelines/Port%20Alder"));
        assertTrue(problem.get("detail").asText().contains("path parameter topic"), problem.toString());
    }

    private JsonNode assertProblem(int status, String type, TestApi.Request request) {
        List<Map<String, AttributeValue>> before = table.allItems();
        Response response = request.send();
        JsonNode problem = assertProblemBody(status, type, response);
        assertEquals(before.size(), table.allItems().size(), "nothing written");
        assertEquals(new java.util.HashSet<>(before), new java.util.HashSet<>(table.allItems()), "nothing changed");
        return problem;
    }

    private static JsonNode assertProblemBody(int status, String type, Response response) {
        assertEquals(status, response.status(), response.rawBody());
        assertEquals("application/problem+json", response.header("Content-Type"));
        JsonNode problem = response.json();
        assertEquals("urn:factline:problem:" + type, problem.get("type").asText());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("detail").asText().isBlank());
        String text = response.rawBody();
        for (String leak : List.of("Exception", "dev.factline", "software.amazon", "\tat ", "pk", "CLAIM#")) {
            assertFalse(text.contains(leak), "response leaks '" + leak + "': " + text);
        }
        return problem;
    }
}
