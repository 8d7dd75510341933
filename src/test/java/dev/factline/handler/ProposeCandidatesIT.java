package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.TestApi.Response;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.OpenApiSchemas;
import dev.factline.testing.RecordingClient;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static dev.factline.handler.TestApi.NO_ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /sources/{id}/candidates through the real handler and a real table: from a stored
 * article to candidates, and from a candidate to a claim whose quote verifies.
 */
@ExtendWith(DynamoDbEngine.class)
class ProposeCandidatesIT {

    private static final String SEED_TEXT = resource("seed/biden-xi-apec-2024.txt");

    private final List<String> operations = Collections.synchronizedList(new ArrayList<>());
    private TestApi api;
    private TestTable table;

    @BeforeEach
    void setUp(TestTable table) {
        this.table = table;
        this.api = new TestApi(RecordingClient.create(table, operations), table.name());
    }

    private static String resource(String name) {
        try (InputStream in = ProposeCandidatesIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
    }

    private String storeSource(String url, String publishedAt, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("title", "Test article");
        body.put("publishedAt", publishedAt);
        body.put("text", text);
        Response response = api.post("/sources").as(FACT_CHECKER).json(body).send();
        assertEquals(201, response.status(), response.rawBody());
        return response.json().get("id").asText();
    }

    private static JsonNode candidate(JsonNode list, String quoteStart) {
        for (JsonNode c : list.get("candidates")) {
            if (c.get("quote").asText().startsWith(quoteStart)) {
                return c;
            }
        }
        throw new AssertionError("no candidate starts with " + quoteStart + " in " + list);
    }

    @Test
    void candidates_ofTheSeedArticle_dateTheFridayMeeting_andItsQuoteVerifiesAsAClaim() {
        String sourceId = storeSource("urn:factline:test:seed", "2024-11-16", SEED_TEXT);

        Response response = api.post("/sources/" + sourceId + "/candidates").as(FACT_CHECKER).send();

        assertEquals(200, response.status(), response.rawBody());
        assertTrue(response.header("Content-Type").startsWith("application/json"));
        JsonNode list = response.json();
        assertSchema("CandidateList", list);
        assertEquals(sourceId, list.get("sourceId").asText());
        assertEquals("2024-11-16", list.get("publishedAt").asText());
        for (JsonNode c : list.get("candidates")) {
            assertEquals(c.get("quote").asText(), SEED_TEXT.substring(c.get("start").asInt(), c.get("end").asInt()));
        }
        JsonNode friday = candidate(list, "On Friday, Mr Biden");
        assertEquals("2024-11-15", friday.get("eventDate").asText());
        assertEquals("day", friday.get("datePrecision").asText());
        assertEquals("On Friday", friday.get("dateText").asText());
        assertTrue(friday.get("dateBasis").asText().startsWith("relative to publishedAt 2024-11-16"));
        assertEquals("2024-11-16", friday.get("dateAnchor").asText(), "counted from the publication day");
        assertEquals("2024-11-16", friday.get("dates").get(0).get("anchor").asText());
        assertEquals(0.7, friday.get("score").asDouble(), 1e-9);
        Set<String> signals = new java.util.HashSet<>();
        friday.get("signals").forEach(s -> signals.add(s.asText()));
        assertTrue(signals.containsAll(Set.of("named actor", "reported speech")), signals.toString());
        JsonNode departure = candidate(list, "The talks on the sidelines");
        assertEquals("2025-01", departure.get("eventDate").asText());
        assertEquals("month", departure.get("datePrecision").asText());
        assertTrue(departure.get("dateApproximate").asBoolean());

        Map<String, Object> claim = new HashMap<>();
        claim.put("topic", "biden-xi-apec-2024");
        claim.put("statement", "Biden, Yoon and Ishiba condemned North Korea's troop deployment.");
        claim.put("eventDate", friday.get("eventDate").asText());
        claim.put("sourceId", sourceId);
        claim.put("quote", friday.get("quote").asText());
        Response submitted = api.post("/claims").as(FACT_CHECKER).json(claim).send();
        assertEquals(201, submitted.status(), submitted.rawBody());
        assertTrue(submitted.json().get("quoteVerified").asBoolean());
        assertEquals("day", submitted.json().get("datePrecision").asText());
    }

    @Test
    void candidates_readTheSourceWithOneGetItem_andWriteNothing() {
        String sourceId = storeSource("urn:factline:test:one-read", "2024-11-16", SEED_TEXT);
        int itemsBefore = table.allItems().size();
        operations.clear();

        Response response = api.post("/sources/" + sourceId + "/candidates").as(EDITOR)
                .json(Map.of("minScore", 0.5)).send();

        assertEquals(200, response.status(), response.rawBody());
        assertEquals(List.of("GetItem"), operations);
        assertEquals(itemsBefore, table.allItems().size());
    }

    @Test
    void minScore_keepsOnlyCandidatesScoringAtLeastIt() {
        String sourceId = storeSource("urn:factline:test:min-score", "2024-11-16", SEED_TEXT);
        JsonNode all = api.post("/sources/" + sourceId + "/candidates").as(FACT_CHECKER).send().json();
        JsonNode kept = api.post("/sources/" + sourceId + "/candidates").as(FACT_CHECKER)
                .json(Map.of("minScore", 0.6)).send().json();

        assertEquals(0.6, kept.get("minScore").asDouble(), 1e-9);
        assertEquals(0.0, all.get("minScore").asDouble(), 1e-9);
        int expected = 0;
        for (JsonNode c : all.get("candidates")) {
            expected += c.get("score").asDouble() >= 0.6 ? 1 : 0;
        }
        assertTrue(expected > 0 && expected < all.get("candidates").size(), "the threshold must split the list");
        assertEquals(expected, kept.get("candidates").size());
        kept.get("candidates").forEach(c -> assertTrue(c.get("score").asDouble() >= 0.6));
    }

    @Test
    void aTimestampPublication_resolvesAgainstItsUtcDay() {
        String sourceId = storeSource("urn:factline:test:timestamp", "2024-11-16T23:30:00Z", SEED_TEXT);
        JsonNode list = api.post("/sources/" + sourceId + "/candidates").as(FACT_CHECKER).send().json();
        assertEquals("2024-11-16T23:30:00Z", list.get("publishedAt").asText());
        assertEquals("2024-11-15", candidate(list, "On Friday, Mr Biden").get("eventDate").asText());
    }

    @Test
    void aSourceWithoutTextOrPublicationDate_is422NamingWhatIsMissing() {
        String noText = storeSource("urn:factline:test:no-text", "2024-11-16", null);
        String noDate = storeSource("urn:factline:test:no-date", null, SEED_TEXT);
        String neither = storeSource("urn:factline:test:neither", null, null);

        assertProblem(api.post("/sources/" + noText + "/candidates").as(FACT_CHECKER).send(), 422, List.of("text"));
        assertProblem(api.post("/sources/" + noDate + "/candidates").as(FACT_CHECKER).send(), 422,
                List.of("publishedAt"));
        assertProblem(api.post("/sources/" + neither + "/candidates").as(FACT_CHECKER).send(), 422,
                List.of("text", "publishedAt"));
    }

    @Test
    void anUnknownOrMalformedSourceId_is404() {
        assertProblem(api.post("/sources/0123456789abcdef0123456789abcdef/candidates").as(FACT_CHECKER).send(),
                404, List.of());
        assertProblem(api.post("/sources/not-an-id/candidates").as(FACT_CHECKER).send(), 404, List.of());
    }

    @Test
    void theRoute_isGuardedLikeTheOtherSourceRoutes() {
        String sourceId = storeSource("urn:factline:test:guarded", "2024-11-16", SEED_TEXT);
        Response anonymous = api.post("/sources/" + sourceId + "/candidates").send();
        assertProblem(anonymous, 401, List.of());
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertProblem(api.post("/sources/" + sourceId + "/candidates").as(NO_ROLE).send(), 403, List.of());
    }

    @Test
    void aBody_followsTheContractsBodyRules() {
        String sourceId = storeSource("urn:factline:test:body", "2024-11-16", SEED_TEXT);
        String path = "/sources/" + sourceId + "/candidates";
        assertProblem(api.post(path).as(FACT_CHECKER).body("{\"minScore\": 0.5}", "text/plain").send(), 415, List.of());
        assertProblem(api.post(path).as(FACT_CHECKER).body("{\"minScore\": ", "application/json").send(), 400, List.of());
        assertProblem(api.post(path).as(FACT_CHECKER).body("[0.5]", "application/json").send(), 400, List.of());
        assertProblem(api.post(path).as(FACT_CHECKER).json(Map.of("limit", 3)).send(), 400, List.of("limit"));
        assertProblem(api.post(path).as(FACT_CHECKER).json(Map.of("minScore", "high")).send(), 422,
                List.of("minScore"));
        assertProblem(api.post(path).as(FACT_CHECKER).json(Map.of("minScore", 1.5)).send(), 422, List.of("minScore"));
        assertProblem(api.post(path).as(FACT_CHECKER).json(Map.of("minScore", -0.1)).send(), 422, List.of("minScore"));
        String big = "{\"minScore\": 0.5, \"pad\": \"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(api.post(path).as(FACT_CHECKER).body(big, "application/json").send(), 413, List.of());
        Response empty = api.post(path).as(FACT_CHECKER).body("", "application/json").send();
        assertEquals(200, empty.status(), "an empty body counts as none");
    }

    @Test
    void a422ForMinScore_comesBeforeTheSourceIsRead() {
        operations.clear();
        Response response = api.post("/sources/0123456789abcdef0123456789abcdef/candidates").as(FACT_CHECKER)
                .json(Map.of("minScore", 2)).send();
        assertProblem(response, 422, List.of("minScore"));
        assertEquals(List.of(), operations);
    }

    private static void assertProblem(Response response, int status, List<String> fields) {
        assertEquals(status, response.status(), response.rawBody());
        assertEquals("application/problem+json", response.header("Content-Type"));
        JsonNode problem = response.json();
        assertEquals(status, problem.get("status").asInt());
        List<String> actual = new ArrayList<>();
        problem.path("errors").forEach(e -> actual.add(e.get("field").asText()));
        assertEquals(fields, actual, response.rawBody());
        assertFalse(response.rawBody().contains("Exception"), response.rawBody());
    }

    /** The response against its schema in openapi.yaml. */
    private static void assertSchema(String name, JsonNode value) {
        OpenApiSchemas.assertValid(name, value);
    }
}
