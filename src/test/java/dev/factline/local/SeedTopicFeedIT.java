package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.factline.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed reader following the seed topic on Factline Local: a re-rating made through the API shows up. */
class SeedTopicFeedIT {

    private static final String TOPIC = "biden-xi-apec-2024";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EDITOR = new LocalTokens(Clock.systemUTC()).mint("editor-feed", List.of("editors"));

    private static FactlineLocal.Running running;
    private static String base;

    @BeforeAll
    static void start() {
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, true, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void seedTopicFeed_listsEveryPublishedClaim_andFollowsAReRatingMadeThroughTheApi() throws Exception {
        HttpResponse<String> first = get("/timelines/" + TOPIC + "/feed?format=atom", null);
        assertEquals(200, first.statusCode());
        SyndFeed feed = parse(first.body());
        JsonNode timeline = Json.MAPPER.readTree(get("/timelines/" + TOPIC, null).body());
        assertEquals(timeline.get("events").size(), feed.getEntries().size(), "every published seed claim");
        assertTrue(feed.getEntries().stream().allMatch(e -> e.getTitle().startsWith("Fact-checked: ")));

        JsonNode event = timeline.get("events").get(0);
        String id = event.get("id").asText();
        HttpResponse<String> claim = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/claims/" + id))
                .header("Authorization", "Bearer " + EDITOR).build(), HttpResponse.BodyHandlers.ofString());
        String newRating = event.get("rating").asText().equals("false") ? "misleading" : "false";
        HttpResponse<String> review = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/claims/" + id + "/reviews"))
                .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "application/json")
                .header("If-Match", claim.headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(
                        java.util.Map.of("rating", newRating, "explanation", "A later transcript corrects it."))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, review.statusCode(), review.body());

        HttpResponse<String> after = get("/timelines/" + TOPIC + "/feed?format=atom",
                first.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, after.statusCode(), "the feed changed, so the reader's ETag no longer matches");
        SyndEntry newest = parse(after.body()).getEntries().get(0);
        assertEquals("Re-rated: " + event.get("statement").asText(), newest.getTitle());
        assertTrue(newest.getLink().contains("/timelines/" + TOPIC + "/claims/" + id), newest.getLink());

        JsonNode jsonFeed = Json.MAPPER.readTree(get("/timelines/" + TOPIC + "/feed", null).body());
        assertEquals("re-rated", jsonFeed.at("/items/0/_factline/change").asText());
        assertEquals(newRating, jsonFeed.at("/items/0/_factline/rating").asText());
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new InputSource(new StringReader(xml)));
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
