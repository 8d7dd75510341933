package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.TestApi.Response;
import dev.factline.http.Json;
import dev.factline.local.Seed;
import dev.factline.model.Claim;
import dev.factline.service.QuoteMatcher;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.OpenApiSchemas;
import dev.factline.testing.RecordingClient;
import dev.factline.testing.TestCursors;
import dev.factline.service.Cursors;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static dev.factline.handler.TestApi.OTHER_EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /timelines/{topic}/claims/{id}: a published claim's own page, through the real handlers and table. */
@ExtendWith(DynamoDbEngine.class)
class ClaimPageIT {

    private static final String TOPIC = ClaimFlowIT.TOPIC;
    private static final String HOST = "api.factline.test";
    private static final Pattern LD_JSON =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private final List<String> operations = Collections.synchronizedList(new ArrayList<>());
    private TestApi api;
    private TestTable table;

    @BeforeEach
    void setUp(TestTable table) {
        this.table = table;
        api = new TestApi(RecordingClient.create(table, operations), table.name());
        api.post("/topics").as(FACT_CHECKER).json(Map.of("id", TOPIC, "title", "Biden and Xi")).send();
    }

    @Test
    void everyFormat_atEachPrecisionAndRating_showsTheClaim() {
        String[][] cases = {{"2024", "accurate"}, {"2024-11", "mostly-accurate"}, {"2024-11-15", "misleading"},
                {"2023", "false"}, {"2023-05-01", "unproven"}};
        for (String[] c : cases) {
            String id = submit(c[0], "Said on " + c[0]);
            review(id, "\"1\"", EDITOR, c[1]);

            Response json = page(id, "json");
            assertEquals(200, json.status(), json.rawBody());
            assertEquals("application/json; charset=utf-8", json.header("Content-Type"));
            JsonNode claim = json.json();
            OpenApiSchemas.assertValid("ClaimPage", claim);
            assertEquals(TOPIC, claim.get("topic").asText());
            assertEquals(c[0], claim.get("eventDate").asText());
            assertEquals(c[1], claim.get("rating").asText());
            assertEquals("by-hand", claim.at("/dateProvenance/method").asText());
            assertFalse(claim.get("corrected").asBoolean());
            assertEquals(1, claim.get("history").size());
            assertFalse(claim.get("history").get(0).has("reviewer"), "the public page names no user");

            Response claimReview = page(id, "claimreview");
            assertEquals(200, claimReview.status());
            assertEquals("application/ld+json", claimReview.header("Content-Type"));
            JsonNode review = claimReview.json();
            assertTrue(review.isObject(), "exactly one ClaimReview, not an array");
            OpenApiSchemas.assertValid("ClaimReview", review);
            assertEquals(c[0], review.at("/itemReviewed/datePublished").asText());
            assertEquals(c[1].equals("unproven"), !review.at("/reviewRating").has("ratingValue"));

            Response html = page(id, "html");
            assertEquals(200, html.status());
            assertEquals("text/html; charset=utf-8", html.header("Content-Type"));
            assertTrue(html.rawBody().contains("<h1>Said on " + c[0] + "</h1>"), html.rawBody());
            assertEquals(review, ldJson(html.rawBody()), "the page carries its one ClaimReview");
            assertTrue(html.header("Content-Security-Policy").startsWith("default-src 'none'"));
            assertFalse(html.header("Content-Security-Policy").contains("script-src"), "no script may run");
        }
    }

    @Test
    void seedTopic_everyReviewedClaimHasAPageInAllThreeForms_withItsDateBasisAndQuoteLocation() {
        Seed.Result seed = Seed.apply(new Wiring(new DynamoDbFactlineStore(table.client(), table.name()), api.clock,
                Map.of(Cursors.KEY_VARIABLE, TestCursors.KEY)));
        assertEquals(6, seed.claims().size());
        int friday = 0;
        for (Claim claim : seed.claims()) {
            JsonNode json = page(claim.id(), "json").json();
            OpenApiSchemas.assertValid("ClaimPage", json);
            assertEquals(claim.statement(), json.get("statement").asText());
            assertEquals(claim.id(), page(claim.id(), "claimreview").json().get("url").asText()
                    .replaceAll(".*#", ""));
            assertEquals(200, page(claim.id(), "html").status());
            JsonNode location = json.get("quoteLocation");
            assertEquals(QuoteMatcher.normalize(claim.quote()).codePointCount(0,
                    QuoteMatcher.normalize(claim.quote()).length()),
                    location.get("end").asInt() - location.get("start").asInt(), "every seed quote is located");
            if (claim.quote().startsWith("On Friday")) {
                friday++;
                String html = page(claim.id(), "html").rawBody();
                assertTrue(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 16_384,
                        "a small page: " + html.length());
                writeArtifact("claim-page.html", html);
                assertEquals("2024-11-15", json.get("eventDate").asText());
                assertEquals("On Friday", json.at("/dateProvenance/phrase").asText());
                assertEquals("2024-11-16", json.at("/dateProvenance/anchor").asText());
            }
        }
        assertEquals(1, friday);
    }

    @Test
    void pendingUnknownOrOtherTopic_is404_andABadFormat400() {
        String pending = submit("2024-11-15", "Pending");
        String reviewed = submit("2024-11-15", "Reviewed");
        review(reviewed, "\"1\"", EDITOR, "accurate");

        assertEquals(404, page(pending, "html").status());
        assertEquals(404, page("0123456789abcdef0123456789abcdef", "json").status());
        assertEquals(404, page("not-an-id", "json").status());
        assertEquals(404, api.get("/timelines/another-topic/claims/" + reviewed).send().status());
        Response bad = page(reviewed, "xml");
        assertEquals(400, bad.status());
        assertEquals("*", bad.header("Access-Control-Allow-Origin"));
        assertEquals(400, api.get("/timelines/Bad_Topic/claims/" + reviewed).send().status());
    }

    @Test
    void reReviewChangingTheVerdict_isACorrection_inEveryForm() {
        String id = submit("2024-11-15", "Corrected later");
        review(id, "\"1\"", EDITOR, "accurate");
        api.clock.advance(Duration.ofDays(2));
        review(id, "\"2\"", OTHER_EDITOR, "accurate"); // same verdict: no correction
        api.clock.advance(Duration.ofDays(1));
        Response changed = api.post("/claims/" + id + "/reviews").as(OTHER_EDITOR).header("If-Match", "\"3\"")
                .json(Map.of("rating", "misleading", "explanation", "A later transcript shows otherwise.")).send();
        assertEquals(201, changed.status(), changed.rawBody());

        JsonNode claim = page(id, "json").json();
        assertTrue(claim.get("corrected").asBoolean());
        assertEquals(1, claim.get("corrections").size());
        JsonNode correction = claim.get("corrections").get(0);
        assertEquals("accurate", correction.get("from").asText());
        assertEquals("Misleading", correction.get("toLabel").asText());
        assertEquals("A later transcript shows otherwise.", correction.get("note").asText());
        assertEquals("2024-11-19T10:00:00.000Z", correction.get("at").asText());
        assertEquals("2024-11-16T10:00:00.000Z", claim.get("firstReviewedAt").asText());
        assertEquals(3, claim.get("history").size());

        JsonNode review = page(id, "claimreview").json();
        assertEquals("2024-11-16", review.get("datePublished").asText(), "the first review's day");
        assertEquals("2024-11-19", review.get("dateModified").asText(), "the correction's day");
        assertEquals("Misleading", review.at("/reviewRating/alternateName").asText());

        String html = page(id, "html").rawBody();
        assertTrue(html.contains("<span class=\"corrected\">Corrected</span>"), html);
        assertTrue(html.contains("changed from <strong>Accurate</strong> to <strong>Misleading</strong>"), html);

        JsonNode event = api.get("/timelines/" + TOPIC).send().json().get("events").get(0);
        assertTrue(event.get("corrected").asBoolean(), "the timeline shows it too");
    }

    @Test
    void withdrawnAfterPublication_is410WithWhenAndWhy() {
        String id = submit("2024-11-15", "Withdrawn later");
        review(id, "\"1\"", EDITOR, "accurate");
        api.clock.advance(Duration.ofHours(5));
        Response withdrawn = api.delete("/claims/" + id).as(OTHER_EDITOR).header("If-Match", "\"2\"")
                .json(Map.of("reason", "The quote was from another meeting.")).send();
        assertEquals(200, withdrawn.status(), withdrawn.rawBody());

        for (String format : List.of("json", "claimreview", "html")) {
            Response gone = page(id, format);
            assertEquals(410, gone.status(), gone.rawBody());
            assertEquals("application/problem+json", gone.header("Content-Type"));
            assertEquals("*", gone.header("Access-Control-Allow-Origin"));
            JsonNode problem = gone.json();
            OpenApiSchemas.assertValid("Gone", problem);
            assertEquals("2024-11-16T15:00:00.000Z", problem.get("withdrawnAt").asText());
            assertEquals("The quote was from another meeting.", problem.get("reason").asText());
            assertFalse(gone.rawBody().contains(OTHER_EDITOR.sub()), "names no editor");
        }
        String neverPublished = submit("2024-11-15", "Withdrawn while pending");
        api.delete("/claims/" + neverPublished).as(EDITOR).header("If-Match", "\"1\"").send();
        assertEquals(404, page(neverPublished, "json").status(), "never public, so never gone");
    }

    @Test
    void ifNoneMatch_withTheETag_is304_andEachAnswerIsOneGetItem() {
        String id = submit("2024-11-15", "Cached");
        review(id, "\"1\"", EDITOR, "accurate");
        for (String format : List.of("json", "claimreview", "html")) {
            operations.clear();
            Response first = page(id, format);
            assertEquals(List.of("GetItem"), operations, format + ": one DynamoDB read");
            String etag = first.header("ETag");
            assertTrue(etag.matches("\"[A-Za-z0-9_-]{43}\""), "a strong ETag: " + etag);
            assertEquals("public, max-age=60", first.header("Cache-Control"));
            assertEquals("*", first.header("Access-Control-Allow-Origin"));

            operations.clear();
            Response again = api.get(path(id)).query("format", format).header("host", HOST)
                    .header("If-None-Match", etag).send();
            assertEquals(304, again.status());
            assertEquals(null, again.rawBody());
            assertEquals(etag, again.header("ETag"));
            assertEquals(List.of("GetItem"), operations);
        }
    }

    @Test
    void claimReviewUrl_withoutAPublisherPage_isTheClaimsOwnPage_whichCarriesThatReview() {
        String id = submit("2024-11-15", "Linked");
        review(id, "\"1\"", EDITOR, "accurate");
        Map<String, String> env = new HashMap<>(Map.of("PUBLISHER_NAME", "Factline Test Desk",
                "PUBLISHER_URL", "https://factline.example", "TIMELINE_PAGE_URL", "",
                "TIMELINE_CACHE_MAX_AGE", "60", Cursors.KEY_VARIABLE, TestCursors.KEY));
        GetClaimPageHandler handler = new GetClaimPageHandler(new Wiring(
                new DynamoDbFactlineStore(table.client(), table.name()), api.clock, env));

        JsonNode review = readTree(invoke(handler, id, "claimreview").getBody());
        String url = review.get("url").asText();
        assertEquals("https://" + HOST + "/timelines/" + TOPIC + "/claims/" + id + "?format=html", url);
        URI target = URI.create(url);
        assertEquals("format=html", target.getQuery());
        var html = invoke(handler, target.getPath().substring(target.getPath().lastIndexOf('/') + 1), "html");
        assertEquals(review, ldJson(html.getBody()), "the url's page carries exactly this review");
        assertTrue(html.getBody().contains("<link rel=\"canonical\" href=\"" + url + "\">"));

        JsonNode configured = page(id, "claimreview").json();
        assertEquals("https://factline.example/timelines/" + TOPIC + "#" + id, configured.get("url").asText(),
                "with a publisher page, its anchor");
        JsonNode event = api.get("/timelines/" + TOPIC).header("host", HOST).send().json().get("events").get(0);
        assertEquals(configured.get("url"), event.get("url"));
        assertEquals("https://" + HOST + "/timelines/" + TOPIC + "/claims/" + id + "?format=html",
                event.get("claimPageUrl").asText());
    }

    @Test
    void dateAndQuoteProvenance_fromACandidate_reachThePublicPage() {
        Response source = api.post("/sources").as(FACT_CHECKER).json(Map.of("url", "urn:factline:test:article",
                "title", "Test article", "publishedAt", "2024-11-16", "text", ClaimFlowIT.ARTICLE)).send();
        String sourceId = source.json().get("id").asText();
        JsonNode candidate = null;
        for (JsonNode c : api.post("/sources/" + sourceId + "/candidates").as(FACT_CHECKER).send().json()
                .get("candidates")) {
            if (c.get("quote").asText().startsWith("On Friday")) {
                candidate = c;
            }
        }
        assertNotNull(candidate, "the candidates route proposes the Friday sentence");
        assertEquals("2024-11-15", candidate.get("eventDate").asText());

        Map<String, Object> provenance = new HashMap<>();
        provenance.put("phrase", candidate.get("dateText").asText());
        provenance.put("basis", candidate.get("dateBasis").asText());
        provenance.put("anchor", candidate.get("dateAnchor").asText());
        provenance.put("approximate", candidate.get("dateApproximate").asBoolean());
        Response submitted = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC,
                "statement", "The three leaders condemned the deployment.", "eventDate",
                candidate.get("eventDate").asText(), "sourceId", sourceId, "quote", candidate.get("quote").asText(),
                "dateProvenance", provenance)).send();
        assertEquals(201, submitted.status(), submitted.rawBody());
        String id = submitted.json().get("id").asText();
        review(id, "\"1\"", EDITOR, "accurate");

        JsonNode claim = page(id, "json").json();
        JsonNode date = claim.get("dateProvenance");
        assertEquals("phrase", date.get("method").asText());
        assertEquals("On Friday", date.get("phrase").asText());
        assertEquals("2024-11-16", date.get("anchor").asText());
        assertFalse(date.get("approximate").asBoolean());

        JsonNode location = claim.get("quoteLocation");
        String normalized = QuoteMatcher.normalize(ClaimFlowIT.ARTICLE);
        int[] codePoints = normalized.codePoints().toArray();
        int start = location.get("start").asInt();
        assertEquals(QuoteMatcher.normalize(candidate.get("quote").asText()),
                new String(codePoints, start, location.get("end").asInt() - start), "anyone can cut the quote out");
        assertEquals(QuoteMatcher.normalizedSha256(ClaimFlowIT.ARTICLE), location.get("sourceSha256").asText());

        String html = page(id, "html").rawBody();
        assertTrue(html.contains("From the words \u201COn Friday\u201D in the source, counted from"), html);
        assertTrue(html.contains(location.get("sourceSha256").asText()));
    }

    @Test
    void submit_withAMalformedDateProvenance_refusesItAndStoresNothing() {
        int before = table.allItems().size();
        Response noPhrase = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC, "statement", "S",
                "eventDate", "2024", "dateProvenance", Map.of("anchor", "2024-11"))).send();
        Response unknown = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC, "statement", "S",
                "eventDate", "2024", "dateProvenance", Map.of("phrase", "x", "when", "y"))).send();
        Response notAnObject = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC, "statement", "S",
                "eventDate", "2024", "dateProvenance", "On Friday")).send();

        assertEquals(422, noPhrase.status(), noPhrase.rawBody());
        List<String> fields = new ArrayList<>();
        noPhrase.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("dateProvenance.phrase", "dateProvenance.anchor"), fields);
        assertEquals(400, unknown.status());
        assertEquals(422, notAnObject.status());
        assertEquals(before, table.allItems().size());
    }

    private com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse invoke(GetClaimPageHandler handler,
                                                                                        String id, String format) {
        var event = com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRawPath(path(id))
                .withHeaders(Map.of("x-forwarded-proto", "https"))
                .withQueryStringParameters(Map.of("format", format))
                .withPathParameters(Map.of("topic", TOPIC, "id", id))
                .withRequestContext(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext
                        .builder().withDomainName(HOST).build())
                .build();
        var response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return response;
    }

    private static JsonNode ldJson(String html) {
        Matcher m = LD_JSON.matcher(html);
        assertTrue(m.find(), "a ld+json script");
        assertFalse(m.group(1).contains("<"), "no markup inside the script element");
        JsonNode value = readTree(m.group(1));
        assertFalse(m.find(), "exactly one ld+json script");
        return value;
    }

    /** Kept in target/ to be looked at (and measured: docs/claim-pages.md gives its size). */
    private static void writeArtifact(String name, String content) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private Response page(String id, String format) {
        return api.get(path(id)).query("format", format).header("host", HOST).send();
    }

    private static String path(String id) {
        return "/timelines/" + TOPIC + "/claims/" + id;
    }

    private String submit(String eventDate, String statement) {
        Response r = api.post("/claims").as(FACT_CHECKER)
                .json(Map.of("topic", TOPIC, "statement", statement, "eventDate", eventDate)).send();
        assertEquals(201, r.status(), r.rawBody());
        return r.json().get("id").asText();
    }

    private void review(String id, String ifMatch, TestApi.Caller editor, String rating) {
        Response r = api.post("/claims/" + id + "/reviews").as(editor).header("If-Match", ifMatch)
                .json(Map.of("rating", rating, "explanation", "Checked: " + rating + ".")).send();
        assertEquals(201, r.status(), r.rawBody());
    }
}
