package dev.factline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The two read actions Factline calls on Systems Manager and Secrets Manager, answered as the
 * services document them (JSON 1.1, errors as {@code __type}), from values a test sets. No
 * DynamoDB-style open-source server speaks these two APIs without Docker, so this stands in
 * for them; it records every request so a test can check what was sent.
 */
public final class FakeStackSettingsServer implements AutoCloseable {

    /** A request as it arrived: its target, headers (lower-case names) and body. */
    public record Received(String target, Map<String, List<String>> headers, JsonNode body) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** An answer to give instead of the real one: a status and an error type. */
    public record Failure(int status, String errorType) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> parameters = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> secretStages = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();

    public FakeStackSettingsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void putParameter(String name, String value) {
        parameters.put(name, value);
    }

    public void deleteParameter(String name) {
        parameters.remove(name);
    }

    /** A new current value, the old one becoming the previous, as put-secret-value does. */
    public void putSecretValue(String secretId, String value) {
        Map<String, String> stages = secretStages.computeIfAbsent(secretId, id -> new ConcurrentHashMap<>());
        String current = stages.get("AWSCURRENT");
        if (current != null) {
            stages.put("AWSPREVIOUS", current);
        }
        stages.put("AWSCURRENT", value);
    }

    /** The next requests fail this way, one failure each, before answers resume. */
    public synchronized void failNext(Failure... next) {
        failures.addAll(List.of(next));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            Map<String, List<String>> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
            received.add(new Received(target, headers, body));
            Failure failure;
            synchronized (this) {
                failure = failures.poll();
            }
            if (failure != null) {
                send(exchange, failure.status(), error(failure.errorType(), "injected by the test"));
                return;
            }
            switch (String.valueOf(target)) {
                case "AmazonSSM.GetParameters" -> send(exchange, 200, getParameters(body));
                case "secretsmanager.GetSecretValue" -> getSecretValue(exchange, body);
                default -> send(exchange, 400, error("UnknownOperationException", "no such action: " + target));
            }
        }
    }

    private ObjectNode getParameters(JsonNode request) {
        ObjectNode answer = MAPPER.createObjectNode();
        ArrayNode found = answer.putArray("Parameters");
        ArrayNode invalid = answer.putArray("InvalidParameters");
        for (JsonNode name : request.path("Names")) {
            String value = parameters.get(name.asText());
            if (value == null) {
                invalid.add(name.asText());
            } else {
                found.addObject().put("Name", name.asText()).put("Type", "String").put("Value", value)
                        .put("Version", 1);
            }
        }
        return answer;
    }

    private void getSecretValue(HttpExchange exchange, JsonNode request) throws IOException {
        String id = request.path("SecretId").asText();
        String stage = request.path("VersionStage").asText("AWSCURRENT");
        String value = secretStages.getOrDefault(id, Map.of()).get(stage);
        if (value == null) {
            send(exchange, 400, error("ResourceNotFoundException",
                    "Secrets Manager can't find the specified secret value for staging label: " + stage));
            return;
        }
        send(exchange, 200, MAPPER.createObjectNode().put("ARN", id).put("Name", id).put("SecretString", value)
                .put("VersionId", "v-" + value.hashCode()));
    }

    private static ObjectNode error(String type, String message) {
        return MAPPER.createObjectNode().put("__type", type).put("message", message);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
