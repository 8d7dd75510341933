package dev.factline.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import dev.factline.http.Json;
import dev.factline.http.HttpRefusal;
import dev.factline.http.ProblemType;
import dev.factline.http.Responses;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Plays API Gateway's HTTP API on a loopback port: routes each request to the function the
 * template names, as a payload 2.0 event; emulates the JWT authorizer (decoding, NOT verifying,
 * the bearer token); answers CORS preflight as the template's CorsConfiguration says.
 */
public final class LocalGateway implements AutoCloseable {

    /** API Gateway's own payload limit; Factline's handlers enforce their smaller one. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/problem+json",
            "application/x-www-form-urlencoded", "application/xml", "application/javascript");

    private final HttpServer server;
    private final int port;
    private final LocalFunctions functions;
    private final SamTemplate.Cors cors;
    private final LocalTokens tokens;
    private final Clock clock;
    private final Path widgetDir;
    private final LocalDesk desk;
    private final LocalCognito cognito;

    private LocalGateway(HttpServer server, int port, LocalFunctions functions,
                         SamTemplate.Cors cors, LocalTokens tokens, Clock clock, Path widgetDir, Path deskDir) {
        this.server = server;
        this.port = port;
        this.functions = functions;
        this.cors = cors;
        this.tokens = tokens;
        this.clock = clock;
        this.widgetDir = widgetDir;
        this.desk = new LocalDesk(deskDir);
        this.cognito = new LocalCognito(tokens, clock);
    }

    /** An HTTP server bound to its port, not yet started. */
    record Bound(HttpServer server, int port) {
    }

    /**
     * Binds the port first, so a port in use fails before anything else is started. Jetty is
     * created directly rather than found through {@code HttpServer.create}, so that the JDK's own
     * server stays the default for everything else in the process.
     */
    static Bound bind(int port) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("factline-local-http");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        jetty.setHandler(new ContextHandlerCollection());
        HttpConfiguration http = new HttpConfiguration();
        // API Gateway hands an encoded "/" or ".." in a path to the route as it came; so does Factline
        // Local, whose desk and widget files refuse such paths themselves (LocalCognitoIT).
        http.setUriCompliance(UriCompliance.LEGACY);
        http.setSendServerVersion(false); // API Gateway names no server either
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(64);
        jetty.addConnector(connector);
        JettyHttpServer server = new JettyHttpServer(jetty, false);
        try {
            connector.open();
            // finds the connector opened above by its port rather than adding another
            server.bind(new InetSocketAddress("127.0.0.1", connector.getLocalPort()), 64);
        } catch (IOException e) {
            // Jetty wraps the BindException of a port in use in an IOException of its own
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new LocalStartupException("port " + port + " is in use; stop what uses it or pass --port", e);
            }
            throw new LocalStartupException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return new Bound(server, connector.getLocalPort());
    }

    /**
     * @param widgetDir where the widget and its demo page are, served at {@code /widget.js} and {@code /}
     * @param deskDir   the desk, served at {@code /desk/} beside the local sign-in it uses
     */
    static LocalGateway start(Bound bound, LocalFunctions functions, SamTemplate.Cors cors,
                              LocalTokens tokens, Clock clock, Path widgetDir, Path deskDir) {
        HttpServer server = bound.server();
        LocalGateway gateway = new LocalGateway(server, bound.port(), functions, cors, tokens, clock, widgetDir,
                deskDir);
        server.createContext("/", gateway::handle);
        server.start();
        return gateway;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
            readWhatIsLeft(exchange.getRequestBody());
        }
    }

    /**
     * An answer given before the request's body was read (a 401, a 404, a file) would leave that body
     * on the connection; Jetty then closes the connection after the answer without saying so, and a
     * client that reuses it for its next request gets no answer at all. Reading the rest keeps the
     * connection good, as API Gateway's is. Beyond the largest payload it accepts, the connection is
     * not worth saving.
     */
    private static void readWhatIsLeft(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read <= MAX_PAYLOAD_BYTES && (n = body.read(buffer)) != -1) {
            read += n;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (method.equals("OPTIONS") && exchange.getRequestHeaders().containsKey("Access-Control-Request-Method")) {
            preflight(exchange, origin);
            return;
        }
        if (LocalDesk.handles(path)) {
            desk.handle(exchange, method, path);
            return;
        }
        if (LocalCognito.handles(path)) {
            cognito.handle(exchange, method, path);
            return;
        }
        StaticFile file = STATIC_FILES.get(path);
        if (file != null && (method.equals("GET") || method.equals("HEAD"))) {
            serve(exchange, file, method);
            return;
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = route(exchange, method, path);
        } catch (FactlineException refused) {
            response = Responses.problem(refused);
        } catch (HttpRefusal refused) {
            response = Responses.problem(refused);
        } catch (RuntimeException failure) {
            System.err.println("factline-local: " + method + " " + path + " failed: " + failure);
            failure.printStackTrace();
            response = Responses.internalError();
        }
        write(exchange, response, origin);
    }

    /** A file of the widget folder, served as it is on disk so that edits show on reload. */
    private record StaticFile(String name, String contentType) {
    }

    /** Paths no route of the template uses: the widget and a demo page that embeds it. */
    private static final Map<String, StaticFile> STATIC_FILES = Map.of(
            "/", new StaticFile("index.html", "text/html; charset=utf-8"),
            "/widget.js", new StaticFile("factline-timeline.js", "text/javascript; charset=utf-8"),
            "/demo.js", new StaticFile("demo.js", "text/javascript; charset=utf-8"),
            // Where the deployed stack hosts it too: the desk's timeline preview loads it from here.
            "/widget/factline-timeline.js", new StaticFile("factline-timeline.js", "text/javascript; charset=utf-8"));

    private void serve(HttpExchange exchange, StaticFile file, String method) throws IOException {
        Path source = widgetDir.resolve(file.name());
        if (!Files.isRegularFile(source)) {
            write(exchange, Responses.problem(new FactlineException(Reason.NOT_FOUND,
                    "the widget file " + source.toAbsolutePath() + " is missing")), null);
            return;
        }
        byte[] body = Files.readAllBytes(source);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", file.contentType());
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (file.contentType().startsWith("text/html")) {
            // The demo page runs only its own files; its inline <style> is the page's, not the widget's.
            headers.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        }
        boolean head = method.equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private APIGatewayV2HTTPResponse route(HttpExchange exchange, String method, String path) throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (LocalFunctions.Bound bound : functions.all()) {
            Matcher m = bound.function().pathPattern().matcher(path);
            if (!m.matches()) {
                continue;
            }
            if (!bound.function().method().equals(method)) {
                allowed.add(bound.function().method());
                continue;
            }
            Map<String, String> claims = null;
            if (!bound.function().isPublic()) {
                LocalTokens.Checked checked = tokens.check(exchange.getRequestHeaders().getFirst("Authorization"));
                if (checked.refusal().isPresent()) {
                    return unauthorized(checked.refusal().get());
                }
                claims = checked.claims().orElseThrow();
            }
            String event = event(exchange, bound.function(), m, claims).toString();
            return bound.handler().handleRequest(LambdaEvents.event(event), null);
        }
        if (!allowed.isEmpty()) {
            APIGatewayV2HTTPResponse response = Responses.problem(new HttpRefusal(ProblemType.METHOD_NOT_ALLOWED,
                    method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed)));
            response.getHeaders().put("Allow", String.join(", ", allowed));
            return response;
        }
        throw new FactlineException(Reason.NOT_FOUND, "no route for " + method + " " + path);
    }

    /** 401 as API Gateway's JWT authorizer answers it: the challenge names what is wrong with the token. */
    private static APIGatewayV2HTTPResponse unauthorized(LocalTokens.Refusal refusal) {
        APIGatewayV2HTTPResponse response = Responses.problem(
                new HttpRefusal(ProblemType.UNAUTHENTICATED, refusal.detail()));
        response.getHeaders().put("WWW-Authenticate", refusal.challenge());
        return response;
    }

    /** The payload 2.0 event API Gateway would send for this request. */
    private ObjectNode event(HttpExchange exchange, SamTemplate.Function function, Matcher pathMatch,
                             Map<String, String> claims) throws IOException {
        var now = clock.instant();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        ObjectNode event = Json.MAPPER.createObjectNode()
                .put("version", "2.0")
                .put("routeKey", function.routeKey())
                .put("rawPath", pathMatch.group(0))
                .put("rawQueryString", rawQuery == null ? "" : rawQuery);

        ObjectNode headers = event.putObject("headers");
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                header.getValue().forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
            } else {
                headers.put(name, String.join(",", header.getValue()));
            }
        }
        if (!cookies.isEmpty()) {
            cookies.forEach(event.putArray("cookies")::add);
        }
        // API Gateway tells the function how it was reached; Factline Local speaks plain HTTP.
        if (!headers.has("x-forwarded-proto")) {
            headers.put("x-forwarded-proto", "http");
        }
        Map<String, String> query = query(rawQuery);
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        List<String> names = function.pathParameterNames();
        if (!names.isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            for (int i = 0; i < names.size(); i++) {
                parameters.put(names.get(i), decode(pathMatch.group(i + 1).replace("+", "%2B")));
            }
        }

        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "000000000000")
                .put("apiId", "local")
                .put("domainName", "127.0.0.1:" + port())
                .put("domainPrefix", "127")
                .put("requestId", UUID.randomUUID().toString())
                .put("routeKey", function.routeKey())
                .put("stage", "$default")
                .put("time", REQUEST_TIME.format(now))
                .put("timeEpoch", now.toEpochMilli());
        context.putObject("http")
                .put("method", function.method())
                .put("path", pathMatch.group(0))
                .put("protocol", exchange.getProtocol())
                .put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress())
                .put("userAgent", Optional.ofNullable(exchange.getRequestHeaders().getFirst("User-Agent")).orElse(""));
        if (claims != null) {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            ObjectNode claimsNode = jwt.putObject("claims");
            claims.forEach(claimsNode::put);
            jwt.putNull("scopes");
        }

        byte[] body = readBody(exchange.getRequestBody());
        if (body.length > 0) {
            if (isText(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                event.put("body", new String(body, StandardCharsets.UTF_8)).put("isBase64Encoded", false);
            } else {
                event.put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);
            }
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    private void preflight(HttpExchange exchange, String origin) throws IOException {
        String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Method");
        Headers headers = exchange.getResponseHeaders();
        if (origin != null && cors.allowsOrigin(origin) && requested != null
                && cors.allowMethods().stream().anyMatch(m -> m.equalsIgnoreCase(requested) || m.equals("*"))) {
            headers.set("Access-Control-Allow-Origin", cors.allowOrigins().contains("*") ? "*" : origin);
            headers.set("Access-Control-Allow-Methods", String.join(",", cors.allowMethods()));
            headers.set("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders()));
            if (cors.maxAge() > 0) {
                headers.set("Access-Control-Max-Age", Integer.toString(cors.maxAge()));
            }
            if (!cors.allowOrigins().contains("*")) {
                headers.set("Vary", "Origin");
            }
        }
        exchange.sendResponseHeaders(204, -1);
    }

    private void write(HttpExchange exchange, APIGatewayV2HTTPResponse response, String origin) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::set);
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(c -> headers.add("Set-Cookie", c));
        }
        if (origin != null && cors.allowsOrigin(origin)) {
            // As API Gateway does when CORS is configured: its settings replace the function's.
            headers.set("Access-Control-Allow-Origin", cors.allowOrigins().contains("*") ? "*" : origin);
            if (!cors.exposeHeaders().isEmpty()) {
                headers.set("Access-Control-Expose-Headers", String.join(",", cors.exposeHeaders()));
            }
        }
        if (!headers.containsKey("Content-Type") && response.getBody() != null) {
            headers.set("Content-Type", "application/json");
        }
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode();
        boolean noBody = body.length == 0 || status == 204 || status == 304
                || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        if (body.length > MAX_PAYLOAD_BYTES) {
            throw new HttpRefusal(ProblemType.PAYLOAD_TOO_LARGE, "API Gateway accepts at most 10 MB");
        }
        return body;
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.endsWith("+json") || TEXT_TYPES.contains(type);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new FactlineException(Reason.BAD_REQUEST, "the URL has a malformed %-escape");
        }
    }
}
