package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.http.Json;
import dev.factline.model.Claim;
import dev.factline.service.NewClaim;
import dev.factline.service.NewReview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every route against every kind of caller, through Factline Local's emulated JWT authorizer,
 * with the groups claim in each form API Gateway may deliver it.
 */
class AuthorizationMatrixIT {

    enum Caller { NO_TOKEN, MALFORMED_TOKEN, NO_GROUPS, FACT_CHECKER, EDITOR, SUBMITTING_EDITOR }

    /** How the token carries cognito:groups: a JSON array, a JSON-array string, or one name. */
    enum GroupsForm { ARRAY, JSON_ARRAY_STRING, SINGLE_NAME }

    private static final String SUBMITTER = "editor-who-submitted";
    private static final String TOPIC = "matrix";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** route → expected status per caller, in Caller order. */
    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("POST /sources", List.of(401, 401, 403, 201, 201, 201));
        EXPECTED.put("GET /sources/{id}", List.of(401, 401, 403, 200, 200, 200));
        EXPECTED.put("POST /sources/{id}/candidates", List.of(401, 401, 403, 200, 200, 200));
        EXPECTED.put("POST /claims", List.of(401, 401, 403, 201, 201, 201));
        EXPECTED.put("GET /claims", List.of(401, 401, 403, 200, 200, 200));
        EXPECTED.put("GET /claims/{id}", List.of(401, 401, 403, 200, 200, 200));
        EXPECTED.put("POST /claims/{id}/reviews", List.of(401, 401, 403, 403, 201, 403));
        EXPECTED.put("DELETE /claims/{id}", List.of(401, 401, 403, 403, 200, 200));
        EXPECTED.put("GET /timelines/{topic}", List.of(200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /timelines/{topic}/feed", List.of(200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /timelines/{topic}/claims/{id}", List.of(200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /topics", List.of(401, 401, 403, 200, 200, 200));
        EXPECTED.put("POST /topics", List.of(401, 401, 403, 201, 201, 201));
        EXPECTED.put("GET /topics/{topic}", List.of(401, 401, 403, 200, 200, 200));
    }

    private static FactlineLocal.Running running;
    private static String base;
    private static String sourceId;
    private static String publishedClaim;

    @BeforeAll
    static void start() throws Exception {
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, false, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
        assertEquals(201, send("POST", "/topics", token(GroupsForm.ARRAY, Caller.FACT_CHECKER),
                Map.of("id", TOPIC, "title", "Matrix")).statusCode());
        sourceId = json(send("POST", "/sources", token(GroupsForm.ARRAY, Caller.FACT_CHECKER),
                Map.of("url", "https://example.org/matrix", "title", "Matrix", "publishedAt", "2024-11-16",
                        "text", "On Friday, the council approved a 5% budget increase, the mayor said.")))
                .get("id").asText();
        Claim claim = running.services().claims().submit(new NewClaim(TOPIC, "Published", "2024", null, null, null,
                null), "fc-matrix", null).claim();
        publishedClaim = running.services().claims().review(claim.id(), 1, new NewReview("accurate", "E",
                List.of()), "ed-matrix").id();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void matrix_coversEveryRouteOfTheTemplate() {
        Set<String> templateRoutes = new TreeSet<>();
        SamTemplate.read(Path.of("template.yaml")).functions().forEach(f -> templateRoutes.add(f.routeKey()));
        assertEquals(templateRoutes, new TreeSet<>(EXPECTED.keySet()));
    }

    @ParameterizedTest
    @EnumSource(GroupsForm.class)
    void everyRouteForEveryCaller_answersTheExpectedStatus(GroupsForm form) throws Exception {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (var route : EXPECTED.entrySet()) {
            for (Caller caller : Caller.values()) {
                int expected = route.getValue().get(caller.ordinal());
                int actual = call(route.getKey(), token(form, caller)).statusCode();
                cells++;
                if (actual != expected) {
                    mismatches.add(route.getKey() + " as " + caller + ": " + actual + " (expected " + expected + ")");
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(EXPECTED.size() * Caller.values().length, cells);
    }

    private static HttpResponse<String> call(String routeKey, String token) throws Exception {
        return switch (routeKey) {
            case "POST /sources" -> send("POST", "/sources", token,
                    Map.of("url", "https://example.org/m/" + UNIQUE.incrementAndGet(), "title", "T"));
            case "GET /sources/{id}" -> send("GET", "/sources/" + sourceId, token, null);
            case "POST /sources/{id}/candidates" -> send("POST", "/sources/" + sourceId + "/candidates", token, null);
            case "POST /claims" -> send("POST", "/claims", token,
                    Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024"));
            case "GET /claims" -> send("GET", "/claims?topic=" + TOPIC, token, null);
            case "GET /claims/{id}" -> send("GET", "/claims/" + pendingClaim(), token, null);
            case "POST /claims/{id}/reviews" -> send("POST", "/claims/" + pendingClaim() + "/reviews", token,
                    Map.of("rating", "accurate", "explanation", "E"), "\"1\"");
            case "DELETE /claims/{id}" -> send("DELETE", "/claims/" + pendingClaim(), token, null, "\"1\"");
            case "GET /timelines/{topic}" -> send("GET", "/timelines/" + TOPIC, token, null);
            case "GET /timelines/{topic}/feed" -> send("GET", "/timelines/" + TOPIC + "/feed", token, null);
            case "GET /timelines/{topic}/claims/{id}" ->
                    send("GET", "/timelines/" + TOPIC + "/claims/" + publishedClaim + "?format=html", token, null);
            case "GET /topics" -> send("GET", "/topics", token, null);
            case "POST /topics" -> send("POST", "/topics", token,
                    Map.of("id", "started-" + UNIQUE.incrementAndGet(), "title", "T"));
            case "GET /topics/{topic}" -> send("GET", "/topics/" + TOPIC, token, null);
            default -> throw new IllegalArgumentException("no request for " + routeKey);
        };
    }

    /** A fresh pending claim, submitted by the editor of the SUBMITTING_EDITOR column. */
    private static String pendingClaim() throws Exception {
        return json(send("POST", "/claims", token(GroupsForm.ARRAY, Caller.SUBMITTING_EDITOR),
                Map.of("topic", TOPIC, "statement", "S", "eventDate", "2024"))).get("id").asText();
    }

    private static String token(GroupsForm form, Caller caller) {
        return switch (caller) {
            case NO_TOKEN -> null;
            case MALFORMED_TOKEN -> "eyJhbGciOiJIUzI1NiJ9.not-base64-json!.sig";
            case NO_GROUPS -> jwt("reader-1", null, form);
            case FACT_CHECKER -> jwt("checker-1", "fact-checkers", form);
            case EDITOR -> jwt("editor-1", "editors", form);
            case SUBMITTING_EDITOR -> jwt(SUBMITTER, "editors", form);
        };
    }

    private static String jwt(String sub, String group, GroupsForm form) {
        ObjectNode payload = Json.MAPPER.createObjectNode().put("sub", sub)
                .put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        if (group != null) {
            switch (form) {
                case ARRAY -> payload.putArray("cognito:groups").add(group);
                case JSON_ARRAY_STRING -> payload.put("cognito:groups", "[\"" + group + "\"]");
                case SINGLE_NAME -> payload.put("cognito:groups", group);
            }
        }
        Function<String, String> b64 = s -> Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes());
        return b64.apply("{\"alg\":\"none\"}") + "." + b64.apply(payload.toString()) + ".";
    }

    private static HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        return send(method, path, token, body, null);
    }

    private static HttpResponse<String> send(String method, String path, String token, Object body, String ifMatch)
            throws Exception {
        return FactlineLocalIT.send(FactlineLocalIT.request(base + path, method, token, body, ifMatch));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }
}
