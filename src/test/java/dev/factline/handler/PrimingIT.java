package dev.factline.handler;

import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The SnapStart priming hook, against a real DynamoDB-compatible server. */
@ExtendWith(DynamoDbEngine.class)
class PrimingIT {

    /** The DynamoDB operations a client made, in order. */
    private final List<String> operations = new CopyOnWriteArrayList<>();

    private DynamoDbClient countingClient(TestTable table) {
        return DynamoDbClient.builder()
                .endpointOverride(table.endpoint())
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                        operations.add(context.request().getClass().getSimpleName());
                    }
                }))
                .build();
    }

    @Test
    void beforeCheckpoint_getsOneAbsentItemAndWritesNothing(TestTable table) {
        try (DynamoDbClient client = countingClient(table)) {
            Priming priming = new Priming(new DynamoDbFactlineStore(client, table.name()));

            priming.beforeCheckpoint(null);

            assertEquals(List.of("GetItemRequest"), operations);
            assertEquals(List.of(), table.allItems());
        }
    }

    @Test
    void prime_findsNoClaimAndReadsBackTheClaimItWrote(TestTable table) {
        try (DynamoDbClient client = countingClient(table)) {
            Priming.Primed primed = new Priming(new DynamoDbFactlineStore(client, table.name())).prime();

            assertFalse(primed.claimFound());
            assertEquals(Priming.ABSENT_CLAIM_ID, primed.roundTrip().path("id").asText());
            assertEquals("accurate", primed.roundTrip().path("rating").asText());
            assertEquals("Evidence", primed.roundTrip().path("reviews").path(0).path("evidence").path(0)
                    .path("title").asText());
            assertEquals("2024-11-15", primed.roundTrip().path("eventDate").asText());
        }
    }
}
