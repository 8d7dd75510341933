package dev.factline.store.dynamodb;

import dev.factline.model.WebUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the table is, read from the environment and nowhere else: {@code TABLE_NAME},
 * {@code AWS_REGION} (set by Lambda itself) and, for local servers, {@code DYNAMODB_ENDPOINT};
 * and where the function's credentials are, which Lambda decides (see {@link CredentialsSource}).
 */
public record DynamoDbSettings(String tableName, String region, Optional<URI> endpoint,
                               CredentialsSource credentials) {

    /**
     * Lambda hands a function its role's credentials in {@code AWS_ACCESS_KEY_ID} and friends,
     * except with SnapStart, where it sets {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} instead so
     * that restored snapshots fetch fresh ones.
     */
    public enum CredentialsSource { ENVIRONMENT, CONTAINER }

    static final String CONTAINER_CREDENTIALS_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

    public static DynamoDbSettings fromEnvironment(Map<String, String> env) {
        String tableName = required(env, "TABLE_NAME");
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalStateException("TABLE_NAME '" + tableName
                    + "' is not a DynamoDB table name (3-255 of a-z A-Z 0-9 _ . -)");
        }
        String region = required(env, "AWS_REGION");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalStateException("AWS_REGION '" + region + "' is not a region name such as eu-west-1");
        }
        String containerUri = env.get(CONTAINER_CREDENTIALS_URI);
        CredentialsSource credentials = containerUri == null || containerUri.isBlank()
                ? CredentialsSource.ENVIRONMENT : CredentialsSource.CONTAINER;
        String endpoint = env.get("DYNAMODB_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            return new DynamoDbSettings(tableName, region, Optional.empty(), credentials);
        }
        return new DynamoDbSettings(tableName, region, Optional.of(parseEndpoint(endpoint.trim())), credentials);
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; Factline reads its configuration from the"
                    + " environment (TABLE_NAME, AWS_REGION, optional DYNAMODB_ENDPOINT)");
        }
        return value.trim();
    }

    private static URI parseEndpoint(String value) {
        try {
            URI uri = new URI(value);
            if (!WebUrl.isWeb(uri)) {
                throw new IllegalStateException("DYNAMODB_ENDPOINT '" + value
                        + "' must be an absolute http(s) URL such as http://127.0.0.1:8000");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("DYNAMODB_ENDPOINT '" + value + "' is not a URL", e);
        }
    }
}
