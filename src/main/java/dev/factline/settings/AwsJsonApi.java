package dev.factline.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One action of an AWS service that speaks the JSON 1.1 protocol (Systems Manager, Secrets
 * Manager): a POST naming the action in {@code X-Amz-Target}, signed with the SDK's own SigV4
 * signer and sent over the SDK's HTTP client, both already in the jar for DynamoDB. Their
 * generated SDK clients would add 6.7 MB to a 9.7 MB jar for the two read calls Factline
 * makes at most once a minute.
 */
public final class AwsJsonApi {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    static final int MAX_ATTEMPTS = 3;
    /** 50 ms, then 200 ms: well inside a request's time, and past a brief throttling burst. */
    private static final long BACKOFF_MILLIS = 50;

    private final String signingName;
    private final String targetPrefix;
    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final ObjectMapper mapper;

    /**
     * @param signingName  the service's SigV4 name, e.g. {@code ssm}
     * @param targetPrefix what comes before the action in {@code X-Amz-Target}, e.g. {@code AmazonSSM}
     */
    public AwsJsonApi(String signingName, String targetPrefix, URI endpoint, String region,
                      AwsCredentialsProvider credentials, SdkHttpClient http, ObjectMapper mapper) {
        this.signingName = Objects.requireNonNull(signingName, "signingName");
        this.targetPrefix = Objects.requireNonNull(targetPrefix, "targetPrefix");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.region = Objects.requireNonNull(region, "region");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * The action's answer, after up to {@value #MAX_ATTEMPTS} attempts when the service is
     * unreachable, failing or throttling.
     *
     * @throws AwsCallException when the service refuses the call or cannot be reached
     */
    public JsonNode call(String action, Map<String, ?> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(action, request);
            } catch (AwsCallException e) {
                if (attempt >= MAX_ATTEMPTS || !e.isTransient()) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS << (2 * (attempt - 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an AWS call", e);
        }
    }

    private JsonNode attempt(String action, Map<String, ?> request) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException("a " + action + " request could not be written as JSON", e);
        }
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("X-Amz-Target", targetPrefix + "." + action)
                .putHeader("Content-Length", Integer.toString(body.length))
                .build();
        SignedRequest signed = SIGNER.sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            int status = response.httpResponse().statusCode();
            JsonNode answer = read(response);
            if (status / 100 != 2) {
                throw new AwsCallException(signingName, action, status, errorType(answer));
            }
            return answer;
        } catch (IOException e) {
            throw new AwsCallException(signingName, action, e);
        }
    }

    private JsonNode read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return mapper.createObjectNode();
        }
        try (InputStream in = response.responseBody().get()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                return mapper.createObjectNode();
            }
            try {
                return mapper.readTree(bytes);
            } catch (IOException notJson) {
                // A proxy's HTML error page, say: the status alone says what happened.
                return mapper.createObjectNode();
            }
        }
    }

    /** {@code ParameterNotFound} from {@code "__type": "com.amazonaws.ssm#ParameterNotFound"} or its short form. */
    private static String errorType(JsonNode answer) {
        String type = answer.path("__type").asText("");
        return type.substring(type.lastIndexOf('#') + 1);
    }

    /** A call the service refused (with its error type) or that never got an answer. */
    public static final class AwsCallException extends RuntimeException {
        private final int status;
        private final String errorType;

        AwsCallException(String service, String action, int status, String errorType) {
            super(service + " " + action + " answered HTTP " + status
                    + (errorType.isEmpty() ? "" : " " + errorType));
            this.status = status;
            this.errorType = errorType;
        }

        AwsCallException(String service, String action, IOException cause) {
            super(service + " " + action + " could not be reached: " + cause.getMessage(), cause);
            this.status = 0;
            this.errorType = "";
        }

        /** Worth another try: no answer, a server error, or throttling. */
        boolean isTransient() {
            return status == 0 || status >= 500 || status == 429 || errorType.contains("Throttl");
        }

        /** The HTTP status, 0 when no answer came. */
        public int status() {
            return status;
        }

        /** The service's error type, e.g. {@code ResourceNotFoundException}; empty when it gave none. */
        public String errorType() {
            return errorType;
        }
    }
}
