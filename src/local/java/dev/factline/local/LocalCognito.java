package dev.factline.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.factline.http.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static dev.factline.http.Html.escape;

/**
 * LOCAL ONLY: plays the three Cognito managed-login endpoints the desk uses, so that the desk's
 * real OAuth 2.0 authorization-code + PKCE code signs in against Factline Local.
 * <ul>
 *   <li>{@code GET /oauth2/authorize}: a page to pick a user name and groups (no password);
 *       its form posts back and is redirected to the desk with a one-time code.</li>
 *   <li>{@code POST /oauth2/token}: the code with its PKCE verifier (S256 checked), or a refresh
 *       token, for the unsigned tokens {@link LocalTokens} mints and the gateway decodes.</li>
 *   <li>{@code GET /logout}: forgets the refresh tokens of nobody in particular (there is no
 *       session) and redirects to the desk.</li>
 * </ul>
 * Only redirect URIs on this server's {@code /desk/} are accepted, and only the local client id.
 */
final class LocalCognito {

    static final String CLIENT_ID = "factline-local-desk";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    static final List<String> GROUPS = List.of("fact-checkers", "editors");
    /** A Cognito user name: what the page accepts, so that nothing odd reaches a token. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@+-]{1,64}");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String PAGE_CSP = "default-src 'none'; style-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Grant(String user, List<String> groups, String redirectUri, String challenge, Instant expires) {
    }

    private record Session(String user, List<String> groups) {
    }

    private final LocalTokens tokens;
    private final Clock clock;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Session> refreshTokens = new ConcurrentHashMap<>();

    LocalCognito(LocalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    static boolean handles(String path) {
        return path.equals("/oauth2/authorize") || path.equals("/oauth2/token") || path.equals("/logout");
    }

    void handle(HttpExchange exchange, String method, String path) throws IOException {
        switch (method + " " + path) {
            case "GET /oauth2/authorize" -> authorizePage(exchange);
            case "POST /oauth2/authorize" -> authorize(exchange);
            case "POST /oauth2/token" -> token(exchange);
            case "GET /logout" -> logout(exchange);
            default -> {
                exchange.getResponseHeaders().set("Allow", path.equals("/oauth2/token") ? "POST"
                        : path.equals("/logout") ? "GET" : "GET, POST");
                text(exchange, 405, "method not allowed");
            }
        }
    }

    /** The request's checked parameters, or a reason why they are not acceptable. */
    private record AuthorizeRequest(Map<String, String> parameters, String error) {
    }

    private AuthorizeRequest check(HttpExchange exchange, Map<String, String> p) {
        if (!"code".equals(p.get("response_type"))) {
            return new AuthorizeRequest(p, "response_type must be code");
        }
        if (!CLIENT_ID.equals(p.get("client_id"))) {
            return new AuthorizeRequest(p, "unknown client_id (the local desk's is " + CLIENT_ID + ")");
        }
        if (!isDeskUri(exchange, p.get("redirect_uri"))) {
            return new AuthorizeRequest(p, "redirect_uri must be this server's /desk/");
        }
        if (!"S256".equals(p.get("code_challenge_method")) || p.get("code_challenge") == null
                || !CHALLENGE.matcher(p.get("code_challenge")).matches()) {
            return new AuthorizeRequest(p, "PKCE is required: code_challenge (S256) and code_challenge_method=S256");
        }
        return new AuthorizeRequest(p, null);
    }

    private void authorizePage(HttpExchange exchange) throws IOException {
        AuthorizeRequest request = check(exchange, form(exchange.getRequestURI().getRawQuery()));
        if (request.error() != null) {
            text(exchange, 400, "invalid_request: " + request.error());
            return;
        }
        page(exchange, 200, request.parameters(), null);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> p = form(new String(exchange.getRequestBody().readNBytes(16 * 1024),
                StandardCharsets.UTF_8));
        AuthorizeRequest request = check(exchange, p);
        if (request.error() != null) {
            text(exchange, 400, "invalid_request: " + request.error());
            return;
        }
        String user = p.getOrDefault("username", "").strip();
        if (!USER.matcher(user).matches()) {
            page(exchange, 422, p, "Enter a user name: 1 to 64 letters, digits or . _ @ + -");
            return;
        }
        List<String> groups = new ArrayList<>();
        for (String group : GROUPS) {
            if (p.containsKey("group-" + group)) {
                groups.add(group);
            }
        }
        String code = random();
        codes.put(code, new Grant(user, List.copyOf(groups), p.get("redirect_uri"), p.get("code_challenge"),
                clock.instant().plus(CODE_LIFETIME)));
        StringBuilder location = new StringBuilder(p.get("redirect_uri")).append("?code=").append(code);
        if (p.get("state") != null) {
            location.append("&state=").append(URLEncoder.encode(p.get("state"), StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> p = form(new String(exchange.getRequestBody().readNBytes(16 * 1024),
                StandardCharsets.UTF_8));
        if (!CLIENT_ID.equals(p.get("client_id"))) {
            oauthError(exchange, 400, "invalid_client");
            return;
        }
        switch (p.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                Grant grant = p.get("code") == null ? null : codes.remove(p.get("code"));
                if (grant == null || grant.expires().isBefore(clock.instant())
                        || !grant.redirectUri().equals(p.get("redirect_uri"))
                        || p.get("code_verifier") == null
                        || !grant.challenge().equals(s256(p.get("code_verifier")))) {
                    oauthError(exchange, 400, "invalid_grant");
                    return;
                }
                String refresh = random();
                refreshTokens.put(refresh, new Session(grant.user(), grant.groups()));
                tokenResponse(exchange, grant.user(), grant.groups(), refresh);
            }
            case "refresh_token" -> {
                Session session = p.get("refresh_token") == null ? null : refreshTokens.get(p.get("refresh_token"));
                if (session == null) {
                    oauthError(exchange, 400, "invalid_grant");
                    return;
                }
                tokenResponse(exchange, session.user(), session.groups(), null);
            }
            default -> oauthError(exchange, 400, "unsupported_grant_type");
        }
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> p = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(p.get("client_id")) || !isDeskUri(exchange, p.get("logout_uri"))) {
            text(exchange, 400, "invalid_request: client_id and a logout_uri on this server's /desk/ are required");
            return;
        }
        exchange.getResponseHeaders().set("Location", p.get("logout_uri"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    private void tokenResponse(HttpExchange exchange, String user, List<String> groups, String refresh)
            throws IOException {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("access_token", tokens.mint(user, groups))
                .put("id_token", tokens.mintId(user, groups, CLIENT_ID))
                .put("token_type", "Bearer")
                .put("expires_in", LocalTokens.LIFETIME.toSeconds());
        if (refresh != null) {
            body.put("refresh_token", refresh);
        }
        json(exchange, 200, body);
    }

    private static void oauthError(HttpExchange exchange, int status, String error) throws IOException {
        json(exchange, status, Json.MAPPER.createObjectNode().put("error", error));
    }

    private static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a token response cannot be written as JSON", e);
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("Pragma", "no-cache");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** The pick-a-user page; every value written into it is HTML-escaped. */
    private static void page(HttpExchange exchange, int status, Map<String, String> p, String error)
            throws IOException {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in – Factline Local (LOCAL ONLY)</title>
                  <link rel="stylesheet" href="/desk/desk.css">
                </head>
                <body class="local-signin">
                <main>
                  <p class="local-only" role="note"><strong>LOCAL ONLY.</strong> Factline Local plays Cognito's
                    sign-in here: no password, and the tokens it issues are not signed. A deployed stack signs
                    in with Cognito's managed login instead.</p>
                  <h1>Sign in to Factline Desk</h1>
                  <form method="post" action="/oauth2/authorize">
                """);
        for (String name : List.of("response_type", "client_id", "redirect_uri", "state", "code_challenge",
                "code_challenge_method", "scope")) {
            if (p.get(name) != null) {
                html.append("    <input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(p.get(name))).append("\">\n");
            }
        }
        html.append("    <p class=\"field\"><label for=\"username\">User name</label>\n")
                .append("      <input id=\"username\" name=\"username\" autocomplete=\"username\" required")
                .append(" value=\"").append(escape(p.getOrDefault("username", ""))).append("\"")
                .append(error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"username-error\"")
                .append(">\n");
        if (error != null) {
            html.append("      <span class=\"field-error\" id=\"username-error\">").append(escape(error))
                    .append("</span>\n");
        }
        html.append("    </p>\n    <fieldset>\n      <legend>Groups</legend>\n");
        for (String group : GROUPS) {
            html.append("      <label class=\"check\"><input type=\"checkbox\" name=\"group-").append(group)
                    .append("\" id=\"group-").append(group).append("\"")
                    .append(p.containsKey("group-" + group) ? " checked" : "").append("> ")
                    .append(group).append("</label>\n");
        }
        html.append("""
                    </fieldset>
                    <p><button type="submit">Sign in</button></p>
                  </form>
                </main>
                </body>
                </html>
                """);
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/html; charset=utf-8");
        headers.set("Content-Security-Policy", PAGE_CSP);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** True for this server's own {@code /desk/}, as reached by the browser (127.0.0.1 or localhost). */
    private static boolean isDeskUri(HttpExchange exchange, String uri) {
        if (uri == null) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            int port = exchange.getLocalAddress().getPort();
            return "http".equals(parsed.getScheme()) && parsed.getPort() == port
                    && ("127.0.0.1".equals(parsed.getHost()) || "localhost".equals(parsed.getHost()))
                    && "/desk/".equals(parsed.getRawPath()) && parsed.getRawQuery() == null
                    && parsed.getRawFragment() == null && parsed.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Map<String, String> form(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // a malformed %-escape: the pair is left out, and the checks then refuse what is missing
                continue;
            }
        }
        return parameters;
    }
}
