package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import dev.factline.handler.TestApi.Response;
import dev.factline.http.Json;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.RecordingClient;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static dev.factline.handler.TestApi.OTHER_EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /timelines/{topic}/feed through the real handlers and table, its two forms read by real
 * parsers: Atom by ROME and validated against RFC 4287's RELAX NG grammar with Jing, JSON Feed
 * against the JSON Feed 1.1 fields and types.
 */
@ExtendWith(DynamoDbEngine.class)
class FeedIT {

    private static final String TOPIC = ClaimFlowIT.TOPIC;
    private static final String MARKUP = "<img src=x onerror=alert(1)> & \"quoted\"";

    private final List<String> operations = Collections.synchronizedList(new ArrayList<>());
    private TestApi api;

    @BeforeEach
    void setUp(TestTable table) {
        api = new TestApi(RecordingClient.create(table, operations), table.name());
        api.post("/topics").as(FACT_CHECKER).json(Map.of("id", TOPIC, "title", "Biden and Xi")).send();
    }

    @Test
    void feed_listsPublishedReRatedAndWithdrawnClaims_newestChangeFirst_notPendingOnes() throws Exception {
        String published = submit("Published " + MARKUP);
        review(published, "\"1\"", EDITOR, "accurate");
        api.clock.advance(Duration.ofHours(1));
        String reRated = submit("Re-rated");
        review(reRated, "\"1\"", EDITOR, "accurate");
        api.clock.advance(Duration.ofHours(1));
        review(reRated, "\"2\"", OTHER_EDITOR, "misleading");
        api.clock.advance(Duration.ofHours(1));
        String withdrawn = submit("Withdrawn");
        review(withdrawn, "\"1\"", EDITOR, "false");
        api.clock.advance(Duration.ofHours(1));
        withdraw(withdrawn, "\"2\"", "The source retracted the article.");
        String pending = submit("Pending");
        String withdrawnWhilePending = submit("Withdrawn while pending");
        withdraw(withdrawnWhilePending, "\"1\"", "Duplicate.");

        JsonNode json = feed("json").json();
        assertValidJsonFeed(json);
        JsonNode items = json.get("items");
        assertEquals(List.of(withdrawn, reRated, published), claimIds(items));
        assertEquals(List.of("withdrawn", "re-rated", "published"), changes(items));
        assertTrue(items.get(0).get("content_text").asText().contains("The source retracted the article."));
        assertTrue(items.get(1).get("content_text").asText().contains("now rated Misleading, was Accurate"));
        assertEquals("Fact-checked: Published " + MARKUP, items.get(2).get("title").asText());
        assertEquals(api.get("/timelines/" + TOPIC + "/claims/" + published).send().status(), 200);
        assertTrue(items.get(2).get("url").asText().endsWith("/timelines/" + TOPIC + "/claims/" + published
                + "?format=html"), items.get(2).get("url").asText());
        assertEquals(3, Set.of(items.get(0).get("id").asText(), items.get(1).get("id").asText(),
                items.get(2).get("id").asText()).size(), "each entry has its own id");
        for (JsonNode item : items) {
            OffsetDateTime.parse(item.get("date_modified").asText());
            assertFalse(item.toString().contains(pending) || item.toString().contains(withdrawnWhilePending));
        }

        Response atom = feed("atom");
        assertEquals("application/atom+xml; charset=utf-8", atom.header("Content-Type"));
        assertValidAtom(atom.rawBody());
        SyndFeed parsed = new SyndFeedInput().build(new InputSource(new StringReader(atom.rawBody())));
        assertEquals("atom_1.0", parsed.getFeedType());
        List<SyndEntry> entries = parsed.getEntries();
        assertEquals(3, entries.size());
        assertEquals("Withdrawn: Withdrawn", entries.get(0).getTitle());
        assertEquals("Re-rated: Re-rated", entries.get(1).getTitle());
        assertEquals("Fact-checked: Published " + MARKUP, entries.get(2).getTitle(), "markup stays text");
        assertEquals(items.get(2).get("url").asText(), entries.get(2).getLink());
        assertEquals(items.get(0).get("id").asText(), entries.get(0).getUri());
        assertTrue(entries.get(0).getUpdatedDate().after(entries.get(1).getUpdatedDate()));
    }

    @Test
    void reRating_isANewEntryId_andChangesTheETag() {
        String id = submit("Rated twice");
        review(id, "\"1\"", EDITOR, "accurate");
        Response before = feed("atom");
        String firstId = feed("json").json().at("/items/0/id").asText();
        Response unchanged = api.get("/timelines/" + TOPIC + "/feed").query("format", "atom")
                .header("If-None-Match", before.header("ETag")).send();
        assertEquals(304, unchanged.status());
        assertEquals("*", unchanged.header("Access-Control-Allow-Origin"));

        api.clock.advance(Duration.ofMinutes(5));
        review(id, "\"2\"", OTHER_EDITOR, "false");
        Response after = api.get("/timelines/" + TOPIC + "/feed").query("format", "atom")
                .header("If-None-Match", before.header("ETag")).send();
        assertEquals(200, after.status());
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertNotEquals(firstId, feed("json").json().at("/items/0/id").asText());
        assertEquals("re-rated", feed("json").json().at("/items/0/_factline/change").asText());
    }

    @Test
    void paging_followsNextUrlAndRelNext_oneQueryPerPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            review(submit("Claim " + i), "\"1\"", EDITOR, "accurate");
            api.clock.advance(Duration.ofMinutes(1));
        }
        operations.clear();
        JsonNode first = api.get("/timelines/" + TOPIC + "/feed").query("limit", "2").send().json();
        assertEquals(List.of("Query"), operations, "one DynamoDB request per page");
        assertEquals(2, first.get("items").size());
        String next = first.get("next_url").asText();
        String cursor = URLDecoder.decode(next.substring(next.indexOf("cursor=") + 7), StandardCharsets.UTF_8);
        JsonNode second = api.get("/timelines/" + TOPIC + "/feed").query("cursor", cursor).query("limit", "2")
                .send().json();
        assertEquals(1, second.get("items").size());
        assertNull(second.get("next_url"));
        assertEquals("Fact-checked: Claim 0", second.at("/items/0/title").asText());

        Response atom = api.get("/timelines/" + TOPIC + "/feed").query("format", "atom").query("limit", "2").send();
        SyndFeed parsed = new SyndFeedInput().build(new InputSource(new StringReader(atom.rawBody())));
        assertTrue(parsed.getLinks().stream().map(SyndLink::getRel).anyMatch("next"::equals));
        assertValidAtom(atom.rawBody());
    }

    @Test
    void unknownTopic_is404_badFormatOrCursor_400_withCorsAndNothingWritten() {
        Response unknown = api.get("/timelines/never-started/feed").send();
        assertEquals(404, unknown.status());
        assertEquals("*", unknown.header("Access-Control-Allow-Origin"));
        assertEquals(400, api.get("/timelines/" + TOPIC + "/feed").query("format", "rss").send().status());
        assertEquals(400, api.get("/timelines/" + TOPIC + "/feed").query("cursor", "forged").send().status());
        assertEquals(400, api.get("/timelines/" + TOPIC + "/feed").query("since", "2024").send().status());
        assertEquals(400, api.get("/timelines/Not%20A%20Topic/feed").send().status());
    }

    @Test
    void emptyFeedOfAStartedTopic_isValidInBothForms() {
        JsonNode json = feed("json").json();
        assertValidJsonFeed(json);
        assertEquals(0, json.get("items").size());
        assertValidAtom(feed("atom").rawBody());
    }

    @Test
    void theAtomCheck_refusesAnEntryWithoutItsRequiredId() {
        String valid = feed("atom").rawBody();
        review(submit("One entry"), "\"1\"", EDITOR, "accurate");
        String withEntry = feed("atom").rawBody();
        String broken = withEntry.replaceFirst("<entry><id>[^<]*</id>", "<entry>");
        assertNotEquals(withEntry, broken);
        assertValidAtom(valid);
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertValidAtom(broken));
        assertTrue(refused.getMessage().contains("not valid Atom"), refused.getMessage());
    }

    private static List<String> claimIds(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.at("/_factline/claim_id").asText()));
        return ids;
    }

    private static List<String> changes(JsonNode items) {
        List<String> kinds = new ArrayList<>();
        items.forEach(item -> kinds.add(item.at("/_factline/change").asText()));
        return kinds;
    }

    private static void assertValidJsonFeed(JsonNode feed) {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Json.MAPPER.valueToTree(readResource("jsonfeed/jsonfeed-1.1.schema.json")));
        Set<ValidationMessage> errors = schema.validate(feed);
        assertTrue(errors.isEmpty(), "not JSON Feed 1.1: " + errors);
    }

    private static JsonNode readResource(String name) {
        try (var in = FeedIT.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return Json.MAPPER.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertValidAtom(String xml) {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            String schema = FeedIT.class.getClassLoader().getResource("atom/atom.rnc").toString();
            assertTrue(driver.loadSchema(new InputSource(schema)), "RFC 4287's grammar loads: " + errors);
            boolean valid = driver.validate(new InputSource(new StringReader(xml)));
            assertTrue(valid && errors.isEmpty(), "not valid Atom: " + errors + "\n" + xml);
        } catch (Exception e) {
            throw new AssertionError("Atom validation failed to run", e);
        }
    }

    private Response feed(String format) {
        Response r = api.get("/timelines/" + TOPIC + "/feed").query("format", format).send();
        assertEquals(200, r.status(), r.rawBody());
        assertNotNull(r.header("ETag"));
        assertEquals("*", r.header("Access-Control-Allow-Origin"));
        assertTrue(r.header("Cache-Control").startsWith("public, max-age="));
        return r;
    }

    private String submit(String statement) {
        Response r = api.post("/claims").as(FACT_CHECKER)
                .json(Map.of("topic", TOPIC, "statement", statement, "eventDate", "2024-11-15")).send();
        assertEquals(201, r.status(), r.rawBody());
        return r.json().get("id").asText();
    }

    private void review(String id, String ifMatch, TestApi.Caller editor, String rating) {
        Response r = api.post("/claims/" + id + "/reviews").as(editor).header("If-Match", ifMatch)
                .json(Map.of("rating", rating, "explanation", "Checked: " + rating + ".")).send();
        assertEquals(201, r.status(), r.rawBody());
    }

    private void withdraw(String id, String ifMatch, String reason) {
        Response r = api.request("DELETE", "/claims/" + id).as(EDITOR).header("If-Match", ifMatch)
                .json(Map.of("reason", reason)).send();
        assertEquals(200, r.status(), r.rawBody());
    }
}
