package dev.factline.store.dynamodb;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DynamoDbSettingsTest {

    @Test
    void settings_readTableRegionAndOptionalEndpoint() {
        var settings = DynamoDbSettings.fromEnvironment(Map.of("TABLE_NAME", "factline", "AWS_REGION", "eu-west-1",
                "DYNAMODB_ENDPOINT", "http://127.0.0.1:8000"));
        assertEquals("factline", settings.tableName());
        assertEquals("eu-west-1", settings.region());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8000")), settings.endpoint());
    }

    @Test
    void credentials_comeFromTheEnvironmentUnlessLambdaNamesAContainerEndpoint() {
        var plain = DynamoDbSettings.fromEnvironment(Map.of("TABLE_NAME", "factline", "AWS_REGION", "eu-west-1"));
        assertEquals(DynamoDbSettings.CredentialsSource.ENVIRONMENT, plain.credentials());
        var snapStart = DynamoDbSettings.fromEnvironment(Map.of("TABLE_NAME", "factline", "AWS_REGION", "eu-west-1",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/2021-04-23/credentials"));
        assertEquals(DynamoDbSettings.CredentialsSource.CONTAINER, snapStart.credentials());
        assertEquals("ContainerCredentialsProvider",
                DynamoDbClients.credentials(snapStart.credentials()).getClass().getSimpleName());
        assertEquals("EnvironmentVariableCredentialsProvider",
                DynamoDbClients.credentials(plain.credentials()).getClass().getSimpleName());
    }

    @Test
    void blankEndpoint_meansTheRegionalService() {
        var settings = DynamoDbSettings.fromEnvironment(Map.of("TABLE_NAME", "factline", "AWS_REGION", "us-gov-west-1",
                "DYNAMODB_ENDPOINT", ""));
        assertTrue(settings.endpoint().isEmpty());
    }

    @Test
    void missingTableName_failsNamingIt() {
        var e = assertThrows(IllegalStateException.class,
                () -> DynamoDbSettings.fromEnvironment(Map.of("AWS_REGION", "eu-west-1")));
        assertTrue(e.getMessage().startsWith("TABLE_NAME is not set"), e.getMessage());
    }

    @Test
    void malformedValues_failNamingTheVariable() {
        assertTrue(assertThrows(IllegalStateException.class, () -> DynamoDbSettings.fromEnvironment(
                Map.of("TABLE_NAME", "t!", "AWS_REGION", "eu-west-1"))).getMessage().startsWith("TABLE_NAME"));
        assertTrue(assertThrows(IllegalStateException.class, () -> DynamoDbSettings.fromEnvironment(
                Map.of("TABLE_NAME", "factline", "AWS_REGION", "Ireland"))).getMessage().startsWith("AWS_REGION"));
        assertTrue(assertThrows(IllegalStateException.class, () -> DynamoDbSettings.fromEnvironment(
                Map.of("TABLE_NAME", "factline", "AWS_REGION", "eu-west-1", "DYNAMODB_ENDPOINT", "localhost:8000")))
                .getMessage().startsWith("DYNAMODB_ENDPOINT"));
        assertThrows(IllegalStateException.class, () -> DynamoDbSettings.fromEnvironment(
                Map.of("TABLE_NAME", "factline")));
    }
}
