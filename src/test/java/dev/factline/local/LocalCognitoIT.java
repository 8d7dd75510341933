package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Factline Local's stand-in for Cognito's managed login (authorize, token, logout) and the desk it
 * serves, over real HTTP: the PKCE verifier is checked, a code works once, a refresh token renews,
 * only the local desk is a redirect target, and the desk comes with its Content-Security-Policy.
 */
class LocalCognitoIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final LocalTokens TOKENS = new LocalTokens(Clock.systemUTC());

    private static FactlineLocal.Running running;
    private static String base;
    private static String desk;

    @BeforeAll
    static void start() {
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, false, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
        desk = base + "/desk/";
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void authorizePage_isMarkedLocalOnly_andEscapesWhatItEchoes() throws Exception {
        HttpResponse<String> page = get("/oauth2/authorize?" + form(authorizeParameters("<script>x</script>")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("LOCAL ONLY"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;x&lt;/script&gt;"));
        assertFalse(page.body().contains("<script>"), "no script on the page, and the echoed state is text");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void codeWithItsVerifier_givesTokensTheGatewayAccepts_once() throws Exception {
        String code = code("fiona", "fact-checkers");
        HttpResponse<String> tokens = token(Map.of("grant_type", "authorization_code", "code", code,
                "code_verifier", VERIFIER, "redirect_uri", desk, "client_id", LocalCognito.CLIENT_ID));
        assertEquals(200, tokens.statusCode(), tokens.body());
        assertEquals("no-store", tokens.headers().firstValue("Cache-Control").orElse(""));
        JsonNode body = Json.MAPPER.readTree(tokens.body());
        Map<String, String> access = TOKENS.claims("Bearer " + body.get("access_token").asText()).orElseThrow();
        assertEquals("fiona", access.get("sub"));
        assertEquals("[fact-checkers]", access.get("cognito:groups"));
        Map<String, String> id = TOKENS.claims("Bearer " + body.get("id_token").asText()).orElseThrow();
        assertEquals("fiona", id.get("cognito:username"));
        assertEquals("id", id.get("token_use"));
        assertEquals("Bearer", body.get("token_type").asText());

        HttpResponse<String> listing = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/claims?topic=some-topic"))
                .header("Authorization", "Bearer " + body.get("access_token").asText()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listing.statusCode(), "the API takes the access token");

        HttpResponse<String> again = token(Map.of("grant_type", "authorization_code", "code", code,
                "code_verifier", VERIFIER, "redirect_uri", desk, "client_id", LocalCognito.CLIENT_ID));
        assertEquals(400, again.statusCode());
        assertEquals("invalid_grant", Json.MAPPER.readTree(again.body()).get("error").asText());

        HttpResponse<String> refreshed = token(Map.of("grant_type", "refresh_token",
                "refresh_token", body.get("refresh_token").asText(), "client_id", LocalCognito.CLIENT_ID));
        assertEquals(200, refreshed.statusCode());
        assertEquals("fiona", TOKENS.claims("Bearer " + Json.MAPPER.readTree(refreshed.body()).get("access_token")
                .asText()).orElseThrow().get("sub"));
    }

    @Test
    void codeWithAWrongVerifier_isRefused() throws Exception {
        String code = code("eddie", "editors");
        HttpResponse<String> tokens = token(Map.of("grant_type", "authorization_code", "code", code,
                "code_verifier", VERIFIER.replace('d', 'e'), "redirect_uri", desk, "client_id", LocalCognito.CLIENT_ID));
        assertEquals(400, tokens.statusCode());
        assertEquals("invalid_grant", Json.MAPPER.readTree(tokens.body()).get("error").asText());
        HttpResponse<String> noVerifier = token(Map.of("grant_type", "authorization_code", "code", code(
                "eddie", "editors"), "redirect_uri", desk, "client_id", LocalCognito.CLIENT_ID));
        assertEquals(400, noVerifier.statusCode());
        HttpResponse<String> unknownRefresh = token(Map.of("grant_type", "refresh_token", "refresh_token", "nope",
                "client_id", LocalCognito.CLIENT_ID));
        assertEquals(400, unknownRefresh.statusCode());
    }

    @Test
    void redirectsAreOnlyToTheLocalDesk_andPkceIsRequired() throws Exception {
        Map<String, String> elsewhere = authorizeParameters("s");
        elsewhere.put("redirect_uri", "https://attacker.example/desk/");
        assertEquals(400, get("/oauth2/authorize?" + form(elsewhere)).statusCode());
        Map<String, String> plain = authorizeParameters("s");
        plain.put("code_challenge_method", "plain");
        assertEquals(400, get("/oauth2/authorize?" + form(plain)).statusCode());
        Map<String, String> client = authorizeParameters("s");
        client.put("client_id", "other");
        assertEquals(400, get("/oauth2/authorize?" + form(client)).statusCode());

        HttpResponse<String> logout = get("/logout?" + form(Map.of("client_id", LocalCognito.CLIENT_ID,
                "logout_uri", desk)));
        assertEquals(302, logout.statusCode());
        assertEquals(desk, logout.headers().firstValue("Location").orElse(""));
        assertEquals(400, get("/logout?" + form(Map.of("client_id", LocalCognito.CLIENT_ID,
                "logout_uri", "https://attacker.example/"))).statusCode());
    }

    @Test
    void desk_isServedWithItsContentSecurityPolicy_andItsLocalConfig() throws Exception {
        HttpResponse<String> index = get("/desk/");
        assertEquals(200, index.statusCode());
        String csp = index.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(index.body().contains("<script type=\"module\" src=\"app.js\"></script>"));

        JsonNode config = Json.MAPPER.readTree(get("/desk/config.json").body());
        assertEquals(base, config.get("authority").asText());
        assertEquals(LocalCognito.CLIENT_ID, config.get("clientId").asText());
        assertEquals("", config.get("apiBase").asText());

        assertEquals(301, get("/desk").statusCode());
        assertEquals(404, get("/desk/..%2Fpom.xml").statusCode());
        assertEquals(404, get("/desk/.hidden.js").statusCode());
        assertEquals(200, get("/widget/factline-timeline.js").statusCode(), "the preview's widget, where deployed too");
    }

    /** Signs in on the local page as {@code user} and returns the code it redirects to the desk with. */
    private static String code(String user, String group) throws Exception {
        Map<String, String> fields = authorizeParameters("state-1");
        fields.put("username", user);
        fields.put("group-" + group, "on");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertEquals(desk, location.resolve("?").toString().replace("?", ""));
        Map<String, String> query = LocalCognito.form(location.getRawQuery());
        assertEquals("state-1", query.get("state"));
        return query.get("code");
    }

    private static Map<String, String> authorizeParameters(String state) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", LocalCognito.CLIENT_ID);
        p.put("redirect_uri", desk);
        p.put("state", state);
        p.put("code_challenge", LocalCognito.s256(VERIFIER));
        p.put("code_challenge_method", "S256");
        p.put("scope", "openid");
        return p;
    }

    private static HttpResponse<String> token(Map<String, String> fields) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
