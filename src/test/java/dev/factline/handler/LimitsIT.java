package dev.factline.handler;

import dev.factline.handler.TestApi.Response;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What bounds a request and an item: body size, string lengths, DynamoDB's 400 KB item limit. */
@ExtendWith(FreshApi.class)
class LimitsIT {

    /** A character that takes three bytes in UTF-8, so text fills an item three times faster. */
    private static final String WIDE = "\u4e2d";

    private final TestApi api;
    private final TestTable table;

    LimitsIT(TestApi api) {
        this.api = api;
        this.table = api.table();
    }

    @Test
    void source_atTheTextLimitInThreeByteCharacters_isRefusedAs413_beforeItCouldPassTheItemLimit() {
        Response response = api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "https://example.org/wide", "title", "Wide", "text", WIDE.repeat(100_000))).send();
        assertEquals(413, response.status(), "300 KB of UTF-8 is over the 256 KiB body limit");
        assertEquals(0, table.allItems().size());
    }

    @Test
    void source_justUnderTheBodyLimit_isStored() {
        Response response = api.post("/sources").as(FACT_CHECKER)
                .json(Map.of("url", "https://example.org/wide", "title", "Wide", "text", WIDE.repeat(85_000))).send();
        assertEquals(201, response.status(), response.rawBody());
        assertEquals(85_000, response.json().get("textLength").asInt());
    }

    @Test
    void reviews_thatWouldPassTheItemLimit_are422_andTheClaimKeepsWhatItHad() {
        String id = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", "limits", "statement", "S",
                "eventDate", "2024")).send().json().get("id").asText();
        Map<String, Object> bigReview = Map.of("rating", "misleading", "explanation", WIDE.repeat(2000),
                "evidence", Collections.nCopies(20, Map.of("url", "https://example.org/" + "e".repeat(2000),
                        "title", WIDE.repeat(300))));
        int version = 1;
        int status;
        do {
            api.clock.advance(java.time.Duration.ofSeconds(1));
            status = api.post("/claims/" + id + "/reviews").as(version % 2 == 0 ? EDITOR : TestApi.OTHER_EDITOR)
                    .header("If-Match", "\"" + version + "\"").json(bigReview).send().status();
            if (status == 201) {
                version++;
            }
        } while (status == 201 && version < 40);
        assertEquals(422, status, "a full claim refuses the next review");
        // The claim's item, not its topic's: the only one with a version.
        var item = table.allItems().stream().filter(i -> i.containsKey("version")).findFirst().orElseThrow();
        assertEquals(Integer.toString(version), item.get("version").n());
        assertEquals(version - 1, item.get("reviews").l().size());
        assertEquals(200, api.get("/claims/" + id).as(EDITOR).send().status());
    }

    @Test
    void statementsAndQuotes_overTheirLengths_are422() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("topic", "limits", "statement", "s".repeat(1001), "eventDate", "2024"),
                Map.of("topic", "limits", "statement", "S", "eventDate", "2024", "claimant", "c".repeat(201)),
                Map.of("topic", "t".repeat(65), "statement", "S", "eventDate", "2024"))) {
            assertEquals(422, api.post("/claims").as(FACT_CHECKER).json(body).send().status());
        }
        assertEquals(0, table.allItems().size());
    }
}
