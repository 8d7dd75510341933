package dev.factline.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a deployed stack keeps the settings that may change after a function's version was
 * published: the publisher's settings as Systems Manager parameters under one path, the
 * cursor signing key as a Secrets Manager secret the stack generated. Stack parameters that
 * reached functions as environment variables would not: a changed environment publishes no
 * new version behind the {@code live} alias. The function's environment holds only where they
 * are ({@value #SETTINGS_PARAMETER_PATH}, {@value #CURSOR_SIGNING_SECRET}).
 */
public final class StackSettings {

    public static final String SETTINGS_PARAMETER_PATH = "SETTINGS_PARAMETER_PATH";
    public static final String CURSOR_SIGNING_SECRET = "CURSOR_SIGNING_SECRET";
    /** How soon a changed publisher setting reaches running functions. */
    public static final Duration SETTINGS_TIME_TO_LIVE = Duration.ofMinutes(1);
    /** How soon a rotated signing key starts signing; the key it replaced still verifies. */
    public static final Duration KEYS_TIME_TO_LIVE = Duration.ofMinutes(5);

    /** A parameter hierarchy such as {@code /factline/settings/}: slashes around, SSM's characters. */
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_.-]+/)+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);

    private final AwsJsonApi parameterStore;
    private final AwsJsonApi secretsManager;

    public StackSettings(AwsJsonApi parameterStore, AwsJsonApi secretsManager) {
        this.parameterStore = parameterStore;
        this.secretsManager = secretsManager;
    }

    /**
     * Reached as the environment says: {@code AWS_REGION}, the credentials Lambda gives the
     * function, and {@code AWS_ENDPOINT_URL} (the SDKs' own name) to point both services at
     * another server, e.g. LocalStack.
     *
     * @throws IllegalStateException naming the variable that is missing or malformed
     */
    public static StackSettings fromEnvironment(Map<String, String> env, ObjectMapper mapper) {
        String region = env.getOrDefault("AWS_REGION", "");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalStateException("AWS_REGION '" + region + "' is not a region name such as eu-west-1;"
                    + " it says where the stack's settings are");
        }
        AwsCredentialsProvider credentials = credentials(env);
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(ATTEMPT_TIMEOUT)
                .build();
        String override = env.get("AWS_ENDPOINT_URL");
        boolean overridden = override != null && !override.isBlank();
        return new StackSettings(
                new AwsJsonApi("ssm", "AmazonSSM",
                        overridden ? endpoint(override) : regional("ssm", region), region, credentials, http, mapper),
                new AwsJsonApi("secretsmanager", "secretsmanager",
                        overridden ? endpoint(override) : regional("secretsmanager", region), region, credentials,
                        http, mapper));
    }

    /** @throws IllegalStateException when the variable is not a parameter path such as /factline/settings/ */
    public static String parameterPath(Map<String, String> env) {
        String path = env.get(SETTINGS_PARAMETER_PATH);
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalStateException(SETTINGS_PARAMETER_PATH + " '" + path
                    + "' must be a Systems Manager parameter path such as /factline/settings/");
        }
        return path;
    }

    /**
     * The values of the parameters {@code path + name} for each name, by name; a parameter
     * that does not exist is left out.
     */
    public Map<String, String> parameters(String path, Collection<String> names) {
        JsonNode answer = parameterStore.call("GetParameters",
                Map.of("Names", names.stream().map(name -> path + name).toList()));
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : answer.path("Parameters")) {
            String name = parameter.path("Name").asText();
            if (name.startsWith(path)) {
                values.put(name.substring(path.length()), parameter.path("Value").asText());
            }
        }
        return values;
    }

    /** The secret's text at a stage ({@code AWSCURRENT}, {@code AWSPREVIOUS}); empty when no version has it. */
    public Optional<String> secret(String secretId, String stage) {
        try {
            JsonNode answer = secretsManager.call("GetSecretValue", Map.of("SecretId", secretId, "VersionStage", stage));
            JsonNode text = answer.path("SecretString");
            if (!text.isTextual()) {
                throw new IllegalStateException("the secret " + secretId + " holds no text at " + stage);
            }
            return Optional.of(text.asText());
        } catch (AwsJsonApi.AwsCallException e) {
            if (e.errorType().equals("ResourceNotFoundException") && !stage.equals("AWSCURRENT")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static URI regional(String service, String region) {
        return URI.create("https://" + service + "." + region + "."
                + PartitionMetadata.of(Region.of(region)).dnsSuffix());
    }

    private static URI endpoint(String value) {
        try {
            URI uri = new URI(value.strip());
            if (List.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below with the value
        }
        throw new IllegalStateException("AWS_ENDPOINT_URL '" + value + "' must be an absolute http(s) URL");
    }

    /**
     * The function's own credentials: Lambda puts them in the environment, or, with SnapStart,
     * behind a container credentials endpoint so that a restored snapshot fetches fresh ones.
     */
    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        String containerUri = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (containerUri != null && !containerUri.isBlank()) {
            return ContainerCredentialsProvider.builder().build();
        }
        String keyId = env.get("AWS_ACCESS_KEY_ID");
        String secretKey = env.get("AWS_SECRET_ACCESS_KEY");
        if (keyId == null || keyId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalStateException("no AWS credentials: neither AWS_CONTAINER_CREDENTIALS_FULL_URI nor"
                    + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set, so the stack's settings cannot be read");
        }
        String sessionToken = env.get("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(sessionToken == null || sessionToken.isBlank()
                ? AwsBasicCredentials.create(keyId, secretKey)
                : AwsSessionCredentials.create(keyId, secretKey, sessionToken));
    }
}
