package dev.factline.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factline.http.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy between the SDK and the DynamoDB server that answers with the faults a test
 * queues: throttling, server errors, slow answers, dropped connections, or a write that is
 * applied but whose answer is lost. Without a queued fault it forwards the request as is.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault {
        PROVISIONED_THROUGHPUT_EXCEEDED, THROTTLING, INTERNAL_SERVER_ERROR,
        /** Answers after {@link #SLOW_DELAY}, longer than the client's attempt timeout. */
        SLOW,
        /** Closes the connection without an answer; the request never reaches the server. */
        DROP,
        /** Forwards the request, so the server applies it, then closes the connection unanswered. */
        DROP_AFTER_APPLYING,
        /** Forwards the request untouched: queued before faults, it lets earlier requests through. */
        NONE
    }

    public static final Duration SLOW_DELAY = Duration.ofSeconds(4);
    private static final Map<Fault, String> ERROR_TYPES = Map.of(
            Fault.PROVISIONED_THROUGHPUT_EXCEEDED, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
            Fault.THROTTLING, "com.amazon.coral.availability#ThrottlingException",
            Fault.INTERNAL_SERVER_ERROR, "com.amazon.coral.service#InternalFailure");

    private final HttpServer server;
    private final URI target;
    private final Deque<Fault> queued = new ArrayDeque<>();
    private Fault always;
    private final List<String> operations = new ArrayList<>();

    private FaultProxy(HttpServer server, URI target) {
        this.server = server;
        this.target = target;
    }

    public static FaultProxy start(URI target) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            FaultProxy proxy = new FaultProxy(server, target);
            server.createContext("/", proxy::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fault-proxy");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fault proxy", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} requests get {@code fault}; later ones pass. */
    public synchronized FaultProxy failNext(int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            queued.add(fault);
        }
        return this;
    }

    /** The next {@code times} requests pass; faults queued after them apply to the requests that follow. */
    public synchronized FaultProxy passNext(int times) {
        return failNext(times, Fault.NONE);
    }

    /** Every request gets {@code fault} until {@link #heal()}, once those queued by passNext/failNext are served. */
    public synchronized FaultProxy failAlways(Fault fault) {
        always = fault;
        return this;
    }

    public synchronized void heal() {
        always = null;
        queued.clear();
        operations.clear();
    }

    /** The DynamoDB operations that reached the proxy, in order, e.g. "UpdateItem". */
    public synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Fault fault;
        synchronized (this) {
            String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            operations.add(amzTarget == null ? "?" : amzTarget.substring(amzTarget.indexOf('.') + 1));
            fault = queued.isEmpty() ? always : queued.poll();
        }
        if (fault == null || fault == Fault.NONE) {
            forward(exchange, body, true);
            return;
        }
        switch (fault) {
            case PROVISIONED_THROUGHPUT_EXCEEDED, THROTTLING -> error(exchange, 400, ERROR_TYPES.get(fault));
            case INTERNAL_SERVER_ERROR -> error(exchange, 500, ERROR_TYPES.get(fault));
            case SLOW -> {
                pause(SLOW_DELAY);
                forward(exchange, body, true);
            }
            case DROP -> exchange.close();
            case DROP_AFTER_APPLYING -> {
                forward(exchange, body, false);
                exchange.close();
            }
            case NONE -> throw new IllegalStateException("passed above");
        }
    }

    private void forward(HttpExchange exchange, byte[] body, boolean answer) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) target.resolve(exchange.getRequestURI()).toURL().openConnection();
        connection.setRequestMethod(exchange.getRequestMethod());
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> connection.addRequestProperty(name, v));
            }
        });
        connection.setDoOutput(body.length > 0);
        if (body.length > 0) {
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        byte[] response;
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            response = in == null ? new byte[0] : in.readAllBytes();
        }
        if (!answer) {
            return;
        }
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null && !name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        exchange.sendResponseHeaders(status, response.length == 0 ? -1 : response.length);
        if (response.length > 0) {
            exchange.getResponseBody().write(response);
        }
        exchange.close();
    }

    private static void error(HttpExchange exchange, int status, String type) throws IOException {
        byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("__type", type, "message", "injected by FaultProxy"));
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
