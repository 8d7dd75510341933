package dev.factline.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factline.testing.FakeStackSettingsServer;
import dev.factline.testing.FakeStackSettingsServer.Failure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwsJsonApiTest {

    private final FakeStackSettingsServer server = new FakeStackSettingsServer();
    private final AwsJsonApi ssm = new AwsJsonApi("ssm", "AmazonSSM", server.endpoint(), "eu-west-1",
            StaticCredentialsProvider.create(AwsSessionCredentials.create("AKIDEXAMPLE", "secret-key", "session-token")),
            UrlConnectionHttpClient.create(), new ObjectMapper());

    AwsJsonApiTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void call_postsTheActionAsJson11_signedWithSigV4ForTheServiceAndRegion() {
        server.putParameter("/s/settings/A", "1");

        JsonNode answer = ssm.call("GetParameters", Map.of("Names", List.of("/s/settings/A")));

        assertEquals("1", answer.path("Parameters").path(0).path("Value").asText());
        FakeStackSettingsServer.Received request = server.received().get(0);
        assertEquals("AmazonSSM.GetParameters", request.target());
        assertEquals("application/x-amz-json-1.1", request.header("content-type"));
        assertEquals("/s/settings/A", request.body().path("Names").path(0).asText());
        String authorization = request.header("authorization");
        assertTrue(authorization.matches("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/[0-9]{8}/eu-west-1/ssm/aws4_request,"
                + " SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}"), authorization);
        assertEquals("session-token", request.header("x-amz-security-token"));
    }

    @Test
    void call_whenTheServiceRefusesTheRequest_failsWithItsErrorType_withoutRetrying() {
        server.failNext(new Failure(400, "com.amazonaws.ssm#AccessDeniedException"));

        var refused = assertThrows(AwsJsonApi.AwsCallException.class,
                () -> ssm.call("GetParameters", Map.of("Names", List.of("/s/settings/A"))));

        assertEquals(400, refused.status());
        assertEquals("AccessDeniedException", refused.errorType());
        assertEquals("ssm GetParameters answered HTTP 400 AccessDeniedException", refused.getMessage());
        assertEquals(1, server.received().size());
    }

    @Test
    void call_whenTheServiceFailsOrThrottles_triesAgain() {
        server.putParameter("/s/settings/A", "1");
        server.failNext(new Failure(500, "InternalServerError"), new Failure(400, "ThrottlingException"));

        JsonNode answer = ssm.call("GetParameters", Map.of("Names", List.of("/s/settings/A")));

        assertEquals("1", answer.path("Parameters").path(0).path("Value").asText());
        assertEquals(3, server.received().size());
    }

    @Test
    void call_whenEveryAttemptIsThrottled_givesUpAfterThree() {
        server.failNext(new Failure(400, "ThrottlingException"), new Failure(400, "ThrottlingException"),
                new Failure(400, "ThrottlingException"), new Failure(400, "ThrottlingException"));

        var throttled = assertThrows(AwsJsonApi.AwsCallException.class,
                () -> ssm.call("GetParameters", Map.of("Names", List.of("/s/settings/A"))));

        assertEquals("ThrottlingException", throttled.errorType());
        assertEquals(AwsJsonApi.MAX_ATTEMPTS, server.received().size());
    }

    @Test
    void call_whenNothingListens_failsSayingTheServiceCouldNotBeReached() {
        server.close();

        var unreachable = assertThrows(AwsJsonApi.AwsCallException.class,
                () -> ssm.call("GetParameters", Map.of("Names", List.of("/s/settings/A"))));

        assertEquals(0, unreachable.status());
        assertTrue(unreachable.getMessage().startsWith("ssm GetParameters could not be reached"), unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("secret-key"));
    }
}
