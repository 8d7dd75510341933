package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.TestApi.Response;
import dev.factline.settings.StackSettings;
import dev.factline.testing.FakeStackSettingsServer;
import dev.factline.testing.InMemoryFactlineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.factline.handler.TestApi.EDITOR;
import static dev.factline.handler.TestApi.FACT_CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The functions as a deployed stack runs them: the publisher's settings in Systems Manager
 * parameters and the cursor key in a generated secret, both changed while the functions run,
 * as a stack update or a key rotation changes them.
 */
class DeployedSettingsTest {

    private static final String PATH = "/factline-test/settings/";
    private static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorSigningSecret-Ab12Cd";
    private static final String TOPIC = "biden-xi";

    private final FakeStackSettingsServer stack = new FakeStackSettingsServer();

    DeployedSettingsTest() throws IOException {
        stack.putParameter(PATH + "PUBLISHER_NAME", "Port Alder Gazette");
        stack.putParameter(PATH + "PUBLISHER_URL", "https://gazette.example");
        stack.putParameter(PATH + "TIMELINE_CACHE_MAX_AGE", "60");
        stack.putSecretValue(SECRET, "k".repeat(64));
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    /** As Lambda's environment has it in AWS: the template's empty placeholders, and where the settings are. */
    private Map<String, String> deployedEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of(
                StackSettings.SETTINGS_PARAMETER_PATH, PATH,
                StackSettings.CURSOR_SIGNING_SECRET, SECRET,
                "AWS_REGION", "eu-west-1",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret-key",
                "AWS_ENDPOINT_URL", stack.endpoint().toString()));
        for (String declaredEmpty : new String[]{"CURSOR_SIGNING_KEY", "PUBLISHER_NAME", "PUBLISHER_URL",
                "TIMELINE_PAGE_URL", "TIMELINE_CACHE_MAX_AGE"}) {
            env.put(declaredEmpty, "");
        }
        return env;
    }

    @Test
    void publicRoutes_takeAChangedPublisherSettingWithinAMinute_withoutANewVersion() {
        TestApi api = new TestApi(new InMemoryFactlineStore(), deployedEnvironment());
        publish(api, 1);
        api.clock.advance(StackSettings.SETTINGS_TIME_TO_LIVE); // the settings are read again now
        Response before = api.get("/timelines/" + TOPIC).query("format", "claimreview").send();
        assertEquals("Port Alder Gazette", author(before));
        assertEquals("public, max-age=60", before.header("cache-control"));

        stack.putParameter(PATH + "PUBLISHER_NAME", "Port Alder Gazette & Courier");
        stack.putParameter(PATH + "TIMELINE_CACHE_MAX_AGE", "300");
        api.clock.advance(StackSettings.SETTINGS_TIME_TO_LIVE.minusSeconds(1));
        assertEquals("Port Alder Gazette", author(api.get("/timelines/" + TOPIC).query("format", "claimreview").send()));
        api.clock.advance(Duration.ofSeconds(1));

        Response after = api.get("/timelines/" + TOPIC).query("format", "claimreview").send();
        assertEquals("Port Alder Gazette & Courier", author(after));
        assertEquals("public, max-age=300", after.header("cache-control"));
        assertNotEquals(before.header("etag"), after.header("etag"), "another body, another ETag");
    }

    @Test
    void cursors_areSignedWithTheStacksSecret_andOnesIssuedBeforeARotationStillPage() {
        TestApi api = new TestApi(new InMemoryFactlineStore(), deployedEnvironment());
        publish(api, 3);
        String cursor = api.get("/timelines/" + TOPIC).query("limit", "1").send().json().get("nextCursor").asText();

        stack.putSecretValue(SECRET, "n".repeat(64));
        api.clock.advance(StackSettings.KEYS_TIME_TO_LIVE);

        Response second = api.get("/timelines/" + TOPIC).query("limit", "1").query("cursor", cursor).send();
        assertEquals(200, second.status(), second.rawBody());
        String newer = second.json().get("nextCursor").asText();
        assertEquals(200, api.get("/timelines/" + TOPIC).query("limit", "1").query("cursor", newer).send().status());

        stack.putSecretValue(SECRET, "z".repeat(64));
        api.clock.advance(StackSettings.KEYS_TIME_TO_LIVE);
        Response twoRotationsLater = api.get("/timelines/" + TOPIC).query("limit", "1").query("cursor", cursor).send();
        assertEquals(400, twoRotationsLater.status(), "signed with a key that no longer verifies");
    }

    @Test
    void theSecret_isReadOnlyWhenACursorIsSignedOrChecked() {
        TestApi api = new TestApi(new InMemoryFactlineStore(), deployedEnvironment());
        publish(api, 2);
        api.get("/timelines/" + TOPIC).send();
        assertTrue(stack.received().stream().noneMatch(r -> r.target().startsWith("secretsmanager.")),
                "creating a topic, submitting, reviewing and a timeline of one page sign no cursor");

        api.get("/timelines/" + TOPIC).query("limit", "1").send();

        assertTrue(stack.received().stream().anyMatch(r -> r.target().equals("secretsmanager.GetSecretValue")));
    }

    @Test
    void aPublicFunction_whoseSettingsAreMissing_failsItsInitializationNamingTheSettingAndWhereItLooked() {
        stack.deleteParameter(PATH + "PUBLISHER_NAME");

        var failure = assertThrows(IllegalStateException.class,
                () -> new TestApi(new InMemoryFactlineStore(), deployedEnvironment()));

        assertTrue(failure.getMessage().startsWith("PUBLISHER_NAME is not set"), failure.getMessage());
        assertTrue(failure.getMessage().contains("the Systems Manager parameters under " + PATH), failure.getMessage());
    }

    @Test
    void settingsGivenDirectly_winOverTheStacks_asSamLocalGivesThem() {
        Map<String, String> env = deployedEnvironment();
        env.putAll(Map.of("PUBLISHER_NAME", "Given Directly", "PUBLISHER_URL", "https://direct.example",
                "TIMELINE_CACHE_MAX_AGE", "5", "CURSOR_SIGNING_KEY", "d".repeat(32)));
        TestApi api = new TestApi(new InMemoryFactlineStore(), env);
        publish(api, 2);

        Response page = api.get("/timelines/" + TOPIC).query("format", "claimreview").query("limit", "1").send();

        assertEquals("Given Directly", author(page));
        assertEquals(0, stack.received().size(), "nothing read from the stack");
    }

    private static void publish(TestApi api, int claims) {
        assertEquals(201, api.post("/topics").as(FACT_CHECKER).json(Map.of("id", TOPIC, "title", "Biden and Xi"))
                .send().status());
        for (int i = 1; i <= claims; i++) {
            Response submitted = api.post("/claims").as(FACT_CHECKER).json(Map.of("topic", TOPIC,
                    "statement", "Statement " + i + ".", "eventDate", "2024-11-1" + i)).send();
            assertEquals(201, submitted.status(), submitted.rawBody());
            Response reviewed = api.post("/claims/" + submitted.json().get("id").asText() + "/reviews").as(EDITOR)
                    .header("If-Match", "\"1\"").json(Map.of("rating", "accurate", "explanation", "Checked.")).send();
            assertEquals(201, reviewed.status(), reviewed.rawBody());
            api.clock.advance(Duration.ofSeconds(1));
        }
    }

    private static String author(Response claimReviews) {
        JsonNode json = claimReviews.json();
        JsonNode first = json.isArray() ? json.get(0) : json.path("itemListElement").path(0).path("item");
        assertTrue(first != null && !first.isMissingNode(), claimReviews.rawBody());
        return first.path("author").path("name").asText();
    }
}
