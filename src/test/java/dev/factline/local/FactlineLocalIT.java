package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.testing.ResponseLeaks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Factline Local started in-process and driven over real HTTP, as a newcomer would use it. */
class FactlineLocalIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalTokens TOKENS = new LocalTokens(Clock.systemUTC());
    private static final String CHECKER = TOKENS.mint("checker-1", List.of("fact-checkers"));
    private static final String EDITOR = TOKENS.mint("editor-1", List.of("editors"));

    private static FactlineLocal.Running running;
    private static String base;

    @BeforeAll
    static void start() {
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, true, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void seededTimeline_showsTheArticlesClaimsInDateOrder_quotingItVerbatim() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/timelines/biden-xi-apec-2024")));
        assertEquals(200, response.statusCode());
        JsonNode events = Json.MAPPER.readTree(response.body()).get("events");
        String article = Seed.readText("seed/biden-xi-apec-2024.txt");
        List<String> order = new ArrayList<>();
        List<String> sortKeys = new ArrayList<>();
        for (JsonNode event : events) {
            order.add(event.get("eventDate").asText() + " " + event.get("datePrecision").asText());
            sortKeys.add(event.get("eventDate").asText() + "#" + event.get("id").asText());
            assertTrue(article.contains(event.get("quote").asText()), "verbatim: " + event.get("quote"));
            assertTrue(event.get("quoteVerified").asBoolean());
        }
        assertEquals(List.of("2024 year", "2024-11-15 day", "2024-11-15 day", "2024-11-16 day", "2025 year",
                "2025-01-20 day"), order);
        assertEquals(sortKeys.stream().sorted().toList(), sortKeys);
        assertTrue(events.get(1).get("quote").asText().startsWith("On Friday, Mr Biden")
                || events.get(2).get("quote").asText().startsWith("On Friday, Mr Biden"));
        assertTrue(events.get(5).get("quote").asText().startsWith("The talks on the sidelines"));
    }

    @Test
    void fullFlow_sourceClaimReviewByAnotherEditor_reachesTheTimeline() throws Exception {
        JsonNode source = json(post("/sources", CHECKER, Map.of("url", "https://example.org/local-flow",
                "title", "Local flow", "text", "The committee met on Monday and agreed on a budget.")), 201);
        JsonNode claim = json(post("/claims", CHECKER, Map.of("topic", "local-flow", "statement", "The committee agreed.",
                "eventDate", "2024-11-11", "sourceId", source.get("id").asText(),
                "quote", "agreed on a budget")), 201);
        assertTrue(claim.get("quoteVerified").asBoolean());

        HttpResponse<String> review = send(HttpRequest.newBuilder(URI.create(base + "/claims/" + claim.get("id").asText()
                        + "/reviews"))
                .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"rating\": \"accurate\", \"explanation\": \"Minutes.\"}")));
        assertEquals(201, review.statusCode(), review.body());
        assertEquals("\"2\"", review.headers().firstValue("ETag").orElseThrow());

        JsonNode timeline = json(send(HttpRequest.newBuilder(URI.create(base + "/timelines/local-flow?limit=10"))), 200);
        assertEquals(claim.get("id"), timeline.get("events").get(0).get("id"));
    }

    @Test
    void guardedRoute_withoutUsableToken_returns401_whoseChallengeSaysWhatIsWrong() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(base + "/claims?topic=x")));
        assertProblem(missing, 401);
        assertEquals("Bearer realm=\"factline\"", missing.headers().firstValue("WWW-Authenticate").orElseThrow());

        HttpResponse<String> basic = send(HttpRequest.newBuilder(URI.create(base + "/claims?topic=x"))
                .header("Authorization", "Basic YWxpY2U6c2VjcmV0"));
        assertProblem(basic, 401);
        assertTrue(basic.headers().firstValue("WWW-Authenticate").orElseThrow()
                .startsWith("Bearer error=\"invalid_request\""));

        HttpResponse<String> malformed = send(HttpRequest.newBuilder(URI.create(base + "/claims?topic=x"))
                .header("Authorization", "Bearer not-a-jwt"));
        assertProblem(malformed, 401);
        assertEquals("Bearer error=\"invalid_token\", error_description=\"the token is not a well-formed JWT\"",
                malformed.headers().firstValue("WWW-Authenticate").orElseThrow());

        String expired = "x." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"a\",\"exp\":1}".getBytes()) + ".y";
        HttpResponse<String> old = send(HttpRequest.newBuilder(URI.create(base + "/claims?topic=x"))
                .header("Authorization", "Bearer " + expired));
        assertProblem(old, 401);
        assertEquals("Bearer error=\"invalid_token\", error_description=\"the token has expired\"",
                old.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(old.body().contains("has expired"), old.body());
    }

    @Test
    void guardedRoute_withTheWrongRole_returns403() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/claims/0123456789abcdef0123456789abcdef"))
                .header("Authorization", "Bearer " + CHECKER).header("If-Match", "\"1\"").DELETE());
        assertProblem(response, 403);
        String nobody = TOKENS.mint("nobody", List.of());
        assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/claims?topic=x"))
                .header("Authorization", "Bearer " + nobody)), 403);
    }

    @Test
    void unknownRoute_returns404_andWrongMethod_returns405WithAllow() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/nothing-here"))), 404);
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(base + "/timelines/x"))
                .method("PUT", HttpRequest.BodyPublishers.noBody()));
        assertProblem(wrong, 405);
        assertEquals("GET", wrong.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> claims = send(HttpRequest.newBuilder(URI.create(base + "/claims/abc"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertEquals("DELETE, GET", claims.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void corsPreflight_isAnsweredAsTheTemplateSays() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/claims"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://news.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key"));
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        String methods = response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow();
        assertTrue(methods.contains("POST") && methods.contains("DELETE"), methods);
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("if-match"));
        assertEquals("600", response.headers().firstValue("Access-Control-Max-Age").orElseThrow());

        HttpResponse<String> actual = send(HttpRequest.newBuilder(URI.create(base + "/timelines/biden-xi-apec-2024"))
                .header("Origin", "https://news.example"));
        assertTrue(actual.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("etag"));
    }

    @Test
    void readmeFlow_storeSourceThenCandidatesThenClaim_verifiesTheCandidatesQuote() throws Exception {
        String text = "The council voted on Tuesday to raise fares by 12% next year, officials said.\n\n"
                + "Ridership fell 8% last month.";
        JsonNode source = json(post("/sources", CHECKER, Map.of("url", "https://example.org/local-candidates",
                "title", "Fares", "publishedAt", "2024-11-14", "text", text)), 201);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/sources/"
                        + source.get("id").asText() + "/candidates"))
                .header("Authorization", "Bearer " + CHECKER).POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode candidates = json(response, 200).get("candidates");
        assertEquals(2, candidates.size(), candidates.toString());
        JsonNode first = candidates.get(0);
        assertEquals("2024-11-12", first.get("eventDate").asText());
        assertEquals("on Tuesday", first.get("dateText").asText());
        assertEquals("2024-10", candidates.get(1).get("eventDate").asText());

        JsonNode claim = json(post("/claims", CHECKER, Map.of("topic", "local-candidates",
                "statement", "The council raised fares by 12% for next year.", "eventDate", first.get("eventDate").asText(),
                "sourceId", source.get("id").asText(), "quote", first.get("quote").asText())), 201);
        assertTrue(claim.get("quoteVerified").asBoolean());
        assertEquals("day", claim.get("datePrecision").asText());
    }

    @Test
    void binaryBody_reachesTheHandlerBase64Encoded_asApiGatewaySendsIt() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/sources"))
                .header("Authorization", "Bearer " + CHECKER).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{1, 2, 3})));
        assertProblem(response, 415);
    }

    @Test
    void queryStringAndEncodedPath_reachTheHandlerDecoded() throws Exception {
        JsonNode page = json(send(HttpRequest.newBuilder(URI.create(base
                + "/timelines/biden-xi-apec-2024?from=2024-11&rating=accurate%2Cunproven&limit=2"))), 200);
        assertEquals(2, page.get("events").size());
        assertEquals("2024-11-15", page.get("events").get(0).get("eventDate").asText());
        assertFalse(page.get("nextCursor").isNull());
        assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/timelines/Bad%20Topic"))), 400);
    }

    @Test
    void widgetAndDemoPage_areServedBesideTheTemplatesRoutes() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("<factline-timeline topic=\"biden-xi-apec-2024\">"));
        assertTrue(page.body().contains("<script src=\"/widget.js\">"));
        HttpResponse<String> widget = send(HttpRequest.newBuilder(URI.create(base + "/widget.js")));
        assertEquals(200, widget.statusCode());
        assertEquals("text/javascript; charset=utf-8", widget.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(widget.body().contains("customElements.define('factline-timeline'"));
        assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/widget.js"))
                .POST(HttpRequest.BodyPublishers.noBody())), 404);
    }

    @Test
    void timelineFormats_useThePublicationSettingsOfTheTemplatesParameterDefaults() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base
                + "/timelines/biden-xi-apec-2024?format=claimreview&limit=1")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/ld+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode review = Json.MAPPER.readTree(response.body()).get(0);
        assertEquals("Factline", review.at("/author/name").asText());
        assertTrue(review.get("url").asText().startsWith("https://factline.example/timelines/biden-xi-apec-2024#"));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = send(HttpRequest.newBuilder(URI.create(base
                + "/timelines/biden-xi-apec-2024?format=claimreview&limit=1")).header("If-None-Match", etag));
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
        assertEquals("*", notModified.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("public, max-age=60", notModified.headers().firstValue("Cache-Control").orElseThrow());
    }

    private static HttpResponse<String> post(String path, String token, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body))));
    }

    @Test
    void statusLines_carryTheReasonPhrase_asApiGatewaysDo() throws Exception {
        String claimId = json(post("/claims", CHECKER, Map.of("topic", "reason-phrases", "statement", "A statement.",
                "eventDate", "2024-11-11")), 201).get("id").asText();
        String review = "{\"rating\": \"accurate\", \"explanation\": \"Checked.\"}";

        assertEquals("HTTP/1.1 428 Precondition Required",
                statusLine("POST /claims/" + claimId + "/reviews", EDITOR, review, null));
        assertEquals("HTTP/1.1 422 Unprocessable Entity", statusLine("POST /claims", CHECKER,
                "{\"topic\": \"reason-phrases\", \"statement\": \"A statement.\", \"eventDate\": \"2024-02-30\"}",
                null));
        assertEquals("HTTP/1.1 412 Precondition Failed",
                statusLine("POST /claims/" + claimId + "/reviews", EDITOR, review, "\"7\""));
        assertTrue(send(HttpRequest.newBuilder(URI.create(base + "/timelines/reason-phrases"))).headers()
                .firstValue("Server").isEmpty(), "no server software named");
    }

    /**
     * A 401 is answered before the body is read. The client sends that body only after the answer, as a
     * slow upload would, then its next request on the same connection: Jetty would have closed the
     * connection without a word, and a pooled client's next request got no answer at all.
     */
    @Test
    void connection_carriesTheNextRequest_whenTheAnswerCameBeforeTheBody() throws IOException {
        byte[] body = "{\"topic\": \"x\", \"statement\": \"S\", \"eventDate\": \"2024\"}"
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", running.port())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            out.write(("POST /claims HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 401 Unauthorized", readAnswer(in));

            out.write(body);
            out.write("GET /timelines/biden-xi-apec-2024 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 200 OK", readAnswer(in));
        }
    }

    /** Reads one answer of known length off the connection and gives its status line (null if closed). */
    private static String readAnswer(java.io.InputStream in) throws IOException {
        String statusLine = readLine(in);
        int length = 0;
        for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        in.readNBytes(length);
        return statusLine;
    }

    private static String readLine(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                return line.isEmpty() ? null : line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** The first line of the answer, read off the socket: HttpClient does not expose the reason phrase. */
    private static String statusLine(String requestLine, String token, String body, String ifMatch) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                + (ifMatch == null ? "" : "If-Match: " + ifMatch + "\r\n")
                + "Content-Length: " + content.length + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", running.port())) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    /** A request to Factline Local: the body as JSON when there is one, the bearer token and If-Match when given. */
    static HttpRequest.Builder request(String url, String method, String token, Object body, String ifMatch)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    /** Sends over real HTTP; every response is checked for leaks on the way back. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new java.util.HashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        ResponseLeaks.assertClean(headers, response.body());
        return response;
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(status, Json.MAPPER.readTree(response.body()).get("status").asInt());
        assertNull(Json.MAPPER.readTree(response.body()).get("trace"));
    }
}
