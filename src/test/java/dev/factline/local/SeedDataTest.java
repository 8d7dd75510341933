package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed is data in the project; these are the promises it keeps before it is loaded. */
class SeedDataTest {

    private final JsonNode seed = Seed.readJson(Seed.RESOURCE);
    private final String article = Seed.readText("seed/biden-xi-apec-2024.txt");

    @Test
    void everySeedQuote_occursVerbatimInTheArticle() {
        for (JsonNode claim : seed.path("claims")) {
            assertTrue(article.contains(claim.path("quote").asText()), claim.path("key").asText());
        }
    }

    @Test
    void seed_coversTheContractsSeedRows() {
        List<List<String>> rows = List.of(
                List.of("2024", "There is also uncertainty"),
                List.of("2024-11-15", "On Friday, Mr Biden"),
                List.of("2024-11-15", "Mr Biden, Mr Yoon and Mr Ishiba spent most of their 50-minute discussion"),
                List.of("2024-11-16", "The talks on the sidelines"),
                List.of("2025-01-20", "The talks on the sidelines"),
                List.of("2025", "Shoe brand Steve Madden"));
        List<JsonNode> claims = new ArrayList<>();
        seed.path("claims").forEach(claims::add);
        assertEquals(rows.size(), claims.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).get(0), claims.get(i).path("eventDate").asText());
            assertTrue(claims.get(i).path("quote").asText().startsWith(rows.get(i).get(1)), rows.get(i).toString());
        }
    }

    @Test
    void seedSource_isTheSourceOfTheCreateSourceEvent() throws Exception {
        JsonNode event = Json.MAPPER.readTree(Files.readString(Path.of("events/create-source.json")));
        JsonNode body = Json.MAPPER.readTree(event.path("body").asText());
        JsonNode source = seed.path("source");
        assertEquals(body.path("url").asText(), source.path("url").asText());
        assertEquals(body.path("title").asText(), source.path("title").asText());
        assertEquals(body.path("publishedAt").asText(), source.path("publishedAt").asText());
        assertEquals(body.path("text").asText(), article);
    }

    @Test
    void article_isTheSharedSeedWithoutItsDateLine() throws Exception {
        Path shared = Path.of("..", "shared", "seeds", "000_bb5c17d0e3597ed8.txt");
        if (Files.isRegularFile(shared)) {
            assertEquals(Files.readString(shared).replaceFirst("^ date 2024-11-16 ", ""), article);
        }
        assertTrue(article.startsWith("US President Joe Biden is expected"));
    }
}
