package dev.factline.store.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;

/** Builds the one DynamoDB client a Lambda instance uses. */
public final class DynamoDbClients {

    /**
     * Each attempt and the whole call, retries and their backoff included, end well inside API
     * Gateway's 30 s: at worst 4 attempts of 3 s plus jittered backoff, cut off at 10 s.
     */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    /** The SDK's standard strategy: exponential backoff with jitter, longer for throttling. */
    static final int MAX_ATTEMPTS = 4;

    private DynamoDbClients() {
    }

    /** The production client, with the credentials where Lambda puts them for this function. */
    public static DynamoDbClient create(DynamoDbSettings settings) {
        return create(settings, credentials(settings.credentials()));
    }

    public static DynamoDbClient create(DynamoDbSettings settings, AwsCredentialsProvider credentials) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS)
                                .build())
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .apiCallTimeout(CALL_TIMEOUT)
                        .build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The one provider Lambda's setup calls for: the default chain would try several first. */
    static AwsCredentialsProvider credentials(DynamoDbSettings.CredentialsSource source) {
        return switch (source) {
            case ENVIRONMENT -> EnvironmentVariableCredentialsProvider.create();
            case CONTAINER -> ContainerCredentialsProvider.builder().build();
        };
    }
}
