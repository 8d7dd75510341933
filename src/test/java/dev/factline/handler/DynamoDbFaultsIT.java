package dev.factline.handler;

import dev.factline.handler.TestApi.Response;
import dev.factline.store.dynamodb.DynamoDbClients;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.store.dynamodb.DynamoDbSettings;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.FaultProxy;
import dev.factline.testing.FaultProxy.Fault;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB misbehaving between the SDK and the server: the functions' own client retries with
 * backoff and jitter, answers 503 with Retry-After when it gives up, never retries a failed
 * condition, and the table holds either the whole change or none of it.
 */
@ExtendWith(DynamoDbEngine.class)
class DynamoDbFaultsIT {

    private static final String TOPIC = "faults";
    private static final int ATTEMPTS = 4;

    private TestTable table;
    private FaultProxy proxy;
    private DynamoDbClient client;
    private TestApi api;

    @BeforeEach
    void setUp(TestTable table) {
        this.table = table;
        proxy = FaultProxy.start(table.endpoint());
        client = DynamoDbClients.create(new DynamoDbSettings(table.name(), "eu-west-1", Optional.of(proxy.endpoint()),
                        DynamoDbSettings.CredentialsSource.ENVIRONMENT),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        api = new TestApi(new DynamoDbFactlineStore(client, table.name()));
    }

    @AfterEach
    void tearDown() {
        client.close();
        proxy.close();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT_EXCEEDED", "THROTTLING", "INTERNAL_SERVER_ERROR", "DROP"})
    void persistentFault_isRetriedWithBackoff_thenAnswers503WithRetryAfter_writingNothing(Fault fault) {
        proxy.passNext(1).failAlways(fault);
        Response response = submit(null);
        assertEquals(503, response.status(), response.rawBody());
        assertEquals("1", response.header("Retry-After"));
        assertEquals("BatchGetItem", proxy.operations().get(0), "the claim's topic looked up");
        assertEquals(Collections.nCopies(ATTEMPTS, "PutItem"), proxy.operations().subList(1, proxy.operations().size()),
                "the claim's write retried " + ATTEMPTS + " times");
        assertEquals(List.of(), table.allItems());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT_EXCEEDED", "THROTTLING", "INTERNAL_SERVER_ERROR", "DROP"})
    void passingFault_isRetriedAway_andTheChangeIsStoredOnce(Fault fault) {
        proxy.passNext(1).failNext(2, fault);
        Response response = submit(null);
        assertEquals(201, response.status(), response.rawBody());
        assertEquals(List.of("BatchGetItem", "PutItem", "PutItem", "PutItem", "PutItem"), proxy.operations(),
                "its topic looked up, the claim retried, then its topic registered");
        assertEquals(1, table.claimItems().size());
    }

    @Test
    void slowDynamoDb_answers503WellInsideApiGatewaysThirtySeconds() {
        proxy.failAlways(Fault.SLOW);
        Instant start = Instant.now();
        Response response = api.get("/timelines/" + TOPIC).send();
        Duration took = Duration.between(start, Instant.now());
        assertEquals(503, response.status(), response.rawBody());
        assertTrue(took.compareTo(Duration.ofSeconds(29)) < 0, "answered after " + took);
        assertTrue(proxy.operations().size() <= ATTEMPTS, proxy.operations().toString());
    }

    @Test
    void submission_whoseAnswerWasLost_isRecognisedOnRetry_andStoredOnce() {
        proxy.passNext(1).failNext(1, Fault.DROP_AFTER_APPLYING);
        Response response = submit(null);
        assertEquals(201, response.status(), response.rawBody());
        assertEquals(List.of("BatchGetItem", "PutItem", "PutItem", "GetItem", "PutItem"), proxy.operations(),
                "its topic looked up, the claim read back when its retry found it stored, then its topic registered");
        assertEquals(1, table.claimItems().size());
        assertEquals(response.json().get("id").asText(), table.claimItems().get(0).get("id").s());
    }

    @Test
    void review_whoseAnswerWasLost_isRecognisedOnRetry_andStoredOnce() {
        String id = submit(null).json().get("id").asText();
        proxy.heal();
        proxy.failNext(1, Fault.DROP_AFTER_APPLYING);
        Response response = review(id, "\"1\"");
        assertEquals(201, response.status(), response.rawBody());
        assertEquals(List.of("UpdateItem", "UpdateItem", "GetItem"), proxy.operations());
        var item = table.claimItems().get(0);
        assertEquals(1, item.get("reviews").l().size());
        assertEquals("2", item.get("version").n());
    }

    @Test
    void withdrawal_whoseAnswerWasLost_isRecognisedOnRetry() {
        String id = submit(null).json().get("id").asText();
        proxy.heal();
        proxy.failNext(1, Fault.DROP_AFTER_APPLYING);
        Response response = api.delete("/claims/" + id).as(EDITOR).header("If-Match", "\"1\"").send();
        assertEquals(200, response.status(), response.rawBody());
        assertEquals("withdrawn", table.claimItems().get(0).get("status").s());
        assertEquals("2", table.claimItems().get(0).get("version").n());
    }

    @Test
    void failedCondition_isNeverRetried() {
        String id = submit(null).json().get("id").asText();
        review(id, "\"1\"");
        proxy.heal();
        api.clock.advance(Duration.ofSeconds(1));
        Response stale = review(id, "\"1\"");
        assertEquals(412, stale.status());
        assertEquals(List.of("UpdateItem", "GetItem"), proxy.operations());
        assertEquals(1, table.claimItems().get(0).get("reviews").l().size());
    }

    @Test
    void faultDuringReview_leavesTheClaimAsItWas() {
        String id = submit(null).json().get("id").asText();
        var before = table.allItems();
        proxy.failAlways(Fault.INTERNAL_SERVER_ERROR);
        assertEquals(503, review(id, "\"1\"").status());
        assertEquals(before, table.allItems());
    }

    private Response submit(String idempotencyKey) {
        var request = api.post("/claims").as(FACT_CHECKER);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.json(Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024")).send();
    }

    private Response review(String id, String ifMatch) {
        return api.post("/claims/" + id + "/reviews").as(EDITOR).header("If-Match", ifMatch)
                .json(Map.of("rating", "accurate", "explanation", "Checked.")).send();
    }
}
