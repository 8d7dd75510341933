package dev.factline.handler;

import dev.factline.handler.TestApi.Caller;
import dev.factline.handler.TestApi.Response;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrent requests on one claim, released together; the table is read afterwards. */
@ExtendWith(FreshApi.class)
class RacesIT {

    private static final int RACERS = 20;
    private static final String TOPIC = "races";

    private final TestApi api;
    private final TestTable table;

    RacesIT(TestApi api) {
        this.api = api;
        this.table = api.table();
    }

    @Test
    void twentyReviewsWithTheSameIfMatch_exactlyOneWins_andOneReviewIsStored() throws Exception {
        String id = submit(null).json().get("id").asText();
        List<Response> responses = race(i -> api.post("/claims/" + id + "/reviews")
                .as(new Caller("editor-" + i, "[editors]")).header("If-Match", "\"1\"")
                .json(Map.of("rating", "accurate", "explanation", "Review " + i)).send());

        assertEquals(Map.of(201, 1L, 412, (long) RACERS - 1), countByStatus(responses));
        Map<String, AttributeValue> item = table.claimItems().get(0);
        assertEquals(1, item.get("reviews").l().size());
        assertEquals("2", item.get("version").n());
        String winner = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow()
                .json().get("reviews").get(0).get("reviewer").asText();
        assertEquals(winner, item.get("reviews").l().get(0).m().get("reviewer").s());
    }

    @Test
    void twentySubmissionsWithOneIdempotencyKey_storeOneClaim_andAllAnswerItsId() throws Exception {
        List<Response> responses = race(i -> submit("one-key"));
        List<Map<String, AttributeValue>> items = table.claimItems();
        assertEquals(1, items.size());
        String storedId = items.get(0).get("id").s();
        for (Response response : responses) {
            assertTrue(response.status() == 201 || response.status() == 409, response.rawBody());
            if (response.status() == 201) {
                assertEquals(storedId, response.json().get("id").asText());
            }
        }
        assertTrue(countByStatus(responses).getOrDefault(201, 0L) >= 1);
    }

    @RepeatedTest(5)
    void reviewRacingAWithdrawal_oneWins_andTheStateIsConsistent() throws Exception {
        String id = submit(null).json().get("id").asText();
        List<Response> responses = race(2, i -> i == 0
                ? api.post("/claims/" + id + "/reviews").as(EDITOR).header("If-Match", "\"1\"")
                        .json(Map.of("rating", "false", "explanation", "No.")).send()
                : api.delete("/claims/" + id).as(EDITOR).header("If-Match", "\"1\"").send());
        Response review = responses.get(0);
        Response withdrawal = responses.get(1);
        Map<String, AttributeValue> item = table.claimItems().get(0);
        assertEquals("2", item.get("version").n(), "exactly one change applied");
        if (review.status() == 201) {
            assertEquals(412, withdrawal.status());
            assertEquals("reviewed", item.get("status").s());
            assertEquals(1, item.get("reviews").l().size());
            assertTrue(item.containsKey("reviewedTopic") && !item.containsKey("withdrawnTopic"));
        } else {
            assertEquals(200, withdrawal.status());
            assertEquals(409, review.status(), "a withdrawn claim cannot be reviewed");
            assertEquals("withdrawn", item.get("status").s());
            assertEquals(0, item.get("reviews").l().size());
            assertTrue(item.containsKey("withdrawnTopic") && !item.containsKey("reviewedTopic"));
        }
        assertTrue(!item.containsKey("pendingTopic"), "left the queue either way");
    }

    private Response submit(String key) {
        var request = api.post("/claims").as(FACT_CHECKER);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.json(Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024")).send();
    }

    private interface Racer {
        Response run(int index);
    }

    private static List<Response> race(Racer racer) throws Exception {
        return race(RACERS, racer);
    }

    /** Starts every racer on its own thread and releases them together. */
    private static List<Response> race(int racers, Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch ready = new CountDownLatch(racers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int index = i;
                Callable<Response> task = () -> {
                    ready.countDown();
                    go.await();
                    return racer.run(index);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> countByStatus(List<Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    }
}
