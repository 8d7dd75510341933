package dev.factline.local;

import dev.factline.handler.Wiring;
import dev.factline.service.ClaimService;
import dev.factline.service.Cursors;
import dev.factline.service.Ids;
import dev.factline.service.SourceService;
import dev.factline.store.dynamodb.DynamoDbClients;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.store.dynamodb.DynamoDbSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The production wiring over a local table: the same code the functions run. */
public record LocalServices(DynamoDbClient client, String tableName, Wiring wiring) implements AutoCloseable {

    public static final String TABLE_NAME = "factline";
    /** Local servers accept any credentials and region; these only satisfy the SDK. */
    static final String REGION = "eu-west-1";

    /** A client for a local DynamoDB-compatible server, configured as the functions' own. */
    public static DynamoDbClient localClient(URI endpoint) {
        return DynamoDbClients.create(new DynamoDbSettings(TABLE_NAME, REGION, Optional.of(endpoint),
                        DynamoDbSettings.CredentialsSource.ENVIRONMENT),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }

    /** Connects to the server, creating the table from the template unless it exists already. */
    public static LocalServices open(URI endpoint, SamTemplate template, Clock clock) {
        DynamoDbClient client = localClient(endpoint);
        if (!tableExists(client)) {
            createTable(client, template.createTableRequest(TABLE_NAME));
        }
        // Cursors only live as long as this run; a fresh key each start is all a local API needs.
        return new LocalServices(client, TABLE_NAME, new Wiring(new DynamoDbFactlineStore(client, TABLE_NAME), clock,
                Map.of(Cursors.KEY_VARIABLE, Ids.random() + Ids.random())));
    }

    public SourceService sources() {
        return wiring.sources();
    }

    public ClaimService claims() {
        return wiring.claims();
    }

    /**
     * Creates a table and waits until it is active. A local server activates it within
     * milliseconds; the SDK's default waiter would first sleep 20 s.
     */
    public static void createTable(DynamoDbClient client, CreateTableRequest request) {
        client.createTable(request);
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client)
                .overrideConfiguration(b -> b.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(20)))
                        .maxAttempts(500))
                .build()) {
            waiter.waitUntilTableExists(b -> b.tableName(request.tableName()));
        }
    }

    private static boolean tableExists(DynamoDbClient client) {
        try {
            client.describeTable(b -> b.tableName(TABLE_NAME));
            return true;
        } catch (ResourceNotFoundException absent) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
