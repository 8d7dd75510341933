package dev.factline.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factline.testing.FakeStackSettingsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackSettingsTest {

    private static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:key-Ab12Cd";

    private final FakeStackSettingsServer server = new FakeStackSettingsServer();

    StackSettingsTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> environment() {
        return new HashMap<>(Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret-key", "AWS_ENDPOINT_URL", server.endpoint().toString()));
    }

    @Test
    void parameters_areReadInOneCall_byTheirLastName_leavingOutThoseThatDoNotExist() {
        server.putParameter("/s/settings/A", "1");
        server.putParameter("/s/settings/B", "two words");
        StackSettings stack = StackSettings.fromEnvironment(environment(), new ObjectMapper());

        assertEquals(Map.of("A", "1", "B", "two words"), stack.parameters("/s/settings/", List.of("A", "B", "C")));
        assertEquals(1, server.received().size());
    }

    @Test
    void secret_atAStageNoVersionHas_isEmpty_butAMissingCurrentValueIsAFailure() {
        server.putSecretValue(SECRET, "first");
        StackSettings stack = StackSettings.fromEnvironment(environment(), new ObjectMapper());

        assertEquals(Optional.of("first"), stack.secret(SECRET, "AWSCURRENT"));
        assertEquals(Optional.empty(), stack.secret(SECRET, "AWSPREVIOUS"));
        var missing = assertThrows(AwsJsonApi.AwsCallException.class, () -> stack.secret(SECRET + "x", "AWSCURRENT"));
        assertEquals("ResourceNotFoundException", missing.errorType());

        server.putSecretValue(SECRET, "second");
        assertEquals(Optional.of("first"), stack.secret(SECRET, "AWSPREVIOUS"));
    }

    @Test
    void fromEnvironment_withoutARegionOrCredentials_orWithABadEndpoint_failsNamingTheVariable() {
        Map<String, String> noRegion = environment();
        noRegion.remove("AWS_REGION");
        assertTrue(fails(noRegion).startsWith("AWS_REGION '' is not a region name"));
        Map<String, String> noCredentials = environment();
        noCredentials.remove("AWS_SECRET_ACCESS_KEY");
        assertTrue(fails(noCredentials).startsWith("no AWS credentials"));
        Map<String, String> badEndpoint = environment();
        badEndpoint.put("AWS_ENDPOINT_URL", "localhost:4566");
        assertTrue(fails(badEndpoint).startsWith("AWS_ENDPOINT_URL 'localhost:4566' must be an absolute http(s) URL"));
    }

    @Test
    void parameterPath_mustBeAHierarchyWithSlashesAround() {
        assertEquals("/factline/settings/",
                StackSettings.parameterPath(Map.of(StackSettings.SETTINGS_PARAMETER_PATH, "/factline/settings/")));
        for (String bad : new String[]{"factline/settings/", "/factline/settings", "/", "/a b/"}) {
            var e = assertThrows(IllegalStateException.class,
                    () -> StackSettings.parameterPath(Map.of(StackSettings.SETTINGS_PARAMETER_PATH, bad)));
            assertTrue(e.getMessage().startsWith("SETTINGS_PARAMETER_PATH '" + bad + "'"), e.getMessage());
        }
    }

    private static String fails(Map<String, String> env) {
        return assertThrows(IllegalStateException.class, () -> StackSettings.fromEnvironment(env, new ObjectMapper()))
                .getMessage();
    }
}
