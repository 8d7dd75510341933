package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.service.candidates.Candidate;
import dev.factline.service.candidates.CandidateExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    /**
     * The seed stays reviewed data; the candidates endpoint proposes the same sentences, and
     * wherever it dates one, a reviewed claim on that sentence has that date or a finer one
     * within it (the departure "just over two months" later, 2025-01, is 2025-01-20).
     */
    @Test
    void seedClaims_agreeWithTheDatesTheCandidatesPropose() {
        List<Candidate> candidates = CandidateExtractor.extract(article,
                LocalDate.parse(seed.path("source").path("publishedAt").asText()));
        for (JsonNode claim : seed.path("claims")) {
            String quote = claim.path("quote").asText();
            assertTrue(candidates.stream().anyMatch(c -> c.quote().contains(quote) || quote.contains(c.quote())),
                    "no candidate for " + claim.path("key").asText());
        }
        int dated = 0;
        for (Candidate candidate : candidates) {
            List<String> reviewed = new ArrayList<>();
            seed.path("claims").forEach(c -> {
                if (candidate.quote().contains(c.path("quote").asText())) {
                    reviewed.add(c.path("eventDate").asText());
                }
            });
            if (candidate.eventDate() == null || reviewed.isEmpty()) {
                continue;
            }
            dated++;
            assertTrue(reviewed.stream().anyMatch(date -> date.startsWith(candidate.eventDate().value())),
                    candidate.eventDate() + " for \"" + candidate.quote() + "\" but reviewed " + reviewed);
        }
        assertEquals(3, dated, "On Friday, the talks, Steve Madden; the 50-minute discussion has no date phrase of"
                + " its own and no link to Friday's, so the candidates leave it undated");
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

    /** The SHA-256 of the project's seed file {@code seeds/000_bb5c17d0e3597ed8.txt}, whose first line is its date. */
    private static final String SEED_FILE_SHA256 = "2a76ba897dac700e1cb4598a857f590f8e20677cc97f92041db4cee35a21f518";

    @Test
    void article_isTheSeedFileWithoutItsDateLine() throws Exception {
        byte[] seedFile = (" date 2024-11-16 " + article).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(seedFile));
        assertEquals(SEED_FILE_SHA256, sha256, "the seed article is not the seed file's text after its date line");
        assertTrue(article.startsWith("US President Joe Biden is expected"));
    }
}
