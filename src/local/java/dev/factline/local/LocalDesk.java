package dev.factline.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.factline.http.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the desk ({@code desk/} of the project) at {@code /desk/}, as it is on disk so that edits
 * show on reload, with the Content-Security-Policy the deployed desk has: nothing but this origin,
 * no inline script or style. {@code /desk/config.json} is written here for this server (the API
 * at its root, {@link LocalCognito} as the authority), so the same desk code signs in locally.
 */
final class LocalDesk {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");
    /** File names the desk may have: no dot files, no "..", nothing but these characters. */
    private static final Pattern FILE = Pattern.compile("(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_.-]*\\.[a-z]+");

    private final Path deskDir;

    LocalDesk(Path deskDir) {
        this.deskDir = deskDir;
    }

    static boolean handles(String path) {
        return path.equals("/desk") || path.startsWith("/desk/");
    }

    void handle(HttpExchange exchange, String method, String path) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            headers.set("Allow", "GET, HEAD");
            send(exchange, method, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/desk")) {
            headers.set("Location", "/desk/");
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        String name = path.substring("/desk/".length());
        if (name.isEmpty()) {
            name = "index.html";
        }
        if (name.equals("config.json")) {
            send(exchange, method, 200, TYPES.get("json"), config(exchange));
            return;
        }
        Path file = deskDir.resolve(name).normalize();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!FILE.matcher(name).matches() || !file.startsWith(deskDir.normalize()) || !TYPES.containsKey(extension)
                || !Files.isRegularFile(file)) {
            send(exchange, method, 404, "text/plain; charset=utf-8",
                    ("no desk file " + name).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, method, 200, TYPES.get(extension), Files.readAllBytes(file));
    }

    /** The desk's config for this server, as reached by the browser (127.0.0.1 or localhost). */
    private static byte[] config(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        int port = exchange.getLocalAddress().getPort();
        String authority = ("localhost:" + port).equals(host) ? "http://localhost:" + port : "http://127.0.0.1:" + port;
        try {
            return Json.MAPPER.writeValueAsBytes(Json.MAPPER.createObjectNode()
                    .put("apiBase", "")
                    .put("authority", authority)
                    .put("clientId", LocalCognito.CLIENT_ID)
                    .put("scope", "openid email profile"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the desk config cannot be written as JSON", e);
        }
    }

    private static void send(HttpExchange exchange, String method, int status, String type, byte[] body)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Content-Security-Policy", CSP);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        boolean head = method.equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }
}
