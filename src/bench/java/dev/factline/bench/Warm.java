package dev.factline.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm invocations, in one JVM with Lambda's flags and the production handlers built by their
 * no-arg constructors: per function, after a warm-up, the time of each handleRequest call and,
 * from {@link RequestRecorder}, the time, count and consumed capacity of the DynamoDB calls it
 * made. Each call gets a fresh target (a new source URL, Idempotency-Key or claim) prepared
 * outside the measurement, so every one takes the success path. Writes JSON for {@link Benchmark}.
 *
 * <p>Usage: {@code Warm <events dir> <warm-up calls> <measured calls> <output file>}
 */
public final class Warm {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The limit in events/get-timeline.json; {@link Benchmark} seeds more reviewed claims than that. */
    static final int TIMELINE_PAGE = 50;

    /** What one function's measured calls showed. */
    public record Result(String function, long handlerP50Nanos, long handlerP99Nanos, long dynamoP50Nanos,
                         long dynamoP99Nanos, int minRequests, int maxRequests, List<String> operations,
                         double capacityUnits) {
    }

    private final Path events;
    private final PojoSerializer<APIGatewayV2HTTPEvent> eventSerializer =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, Warm.class.getClassLoader());
    private final Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers =
            new HashMap<>();
    private int unique;

    private Warm(Path events) {
        this.events = events;
    }

    public static void main(String[] args) throws Exception {
        Warm warm = new Warm(Path.of(args[0]));
        int warmUp = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        List<Result> results = new ArrayList<>();
        for (BenchFunction function : BenchFunction.ALL) {
            results.add(warm.measure(function, function.name(), false, warmUp, measured));
        }
        for (String publicRoute : List.of("GetTimeline", "GetFeed")) {
            results.add(warm.measure(BenchFunction.named(publicRoute), publicRoute + ", rendered every call", true,
                    warmUp, measured));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[3]).toFile(), results);
        System.exit(0);
    }

    /**
     * With {@code renderEveryCall}, each call reaches the route by another host name, so that its
     * page (whose links name the host) is one the handler has not rendered before: the same
     * DynamoDB work, without the handler's kept pages.
     */
    private Result measure(BenchFunction function, String label, boolean renderEveryCall, int warmUp, int measured)
            throws IOException {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = handler(function.handler());
        long[] handlerNanos = new long[measured];
        long[] dynamoNanos = new long[measured];
        int minRequests = Integer.MAX_VALUE;
        int maxRequests = 0;
        List<String> operations = List.of();
        double capacity = Double.NaN;
        for (int i = -warmUp; i < measured; i++) {
            APIGatewayV2HTTPEvent event = prepared(function);
            if (renderEveryCall) {
                event.getRequestContext().setDomainName("reader-" + unique + ".bench.example");
            }
            RequestRecorder.start();
            long started = System.nanoTime();
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            long took = System.nanoTime() - started;
            List<RequestRecorder.Call> calls = RequestRecorder.stop();
            if (response.getStatusCode() != function.successStatus()) {
                throw new IllegalStateException(function.name() + " answered " + response.getStatusCode()
                        + " instead of " + function.successStatus() + ": " + response.getBody());
            }
            if (i < 0) {
                continue;
            }
            if (function.name().equals("GetTimeline")) {
                int events = JSON.readTree(response.getBody()).path("events").size();
                if (events != TIMELINE_PAGE) {
                    throw new IllegalStateException("the timeline page held " + events + " events, not " + TIMELINE_PAGE);
                }
            }
            if (function.name().equals("GetFeed") && !response.getBody().contains("<entry>")) {
                throw new IllegalStateException("the feed page held no entry: " + response.getBody());
            }
            handlerNanos[i] = took;
            dynamoNanos[i] = calls.stream().mapToLong(RequestRecorder.Call::nanos).sum();
            minRequests = Math.min(minRequests, calls.size());
            maxRequests = Math.max(maxRequests, calls.size());
            operations = calls.stream().map(RequestRecorder.Call::operation).toList();
            capacity = calls.stream().mapToDouble(RequestRecorder.Call::capacityUnits).sum();
        }
        return new Result(label, percentile(handlerNanos, 50), percentile(handlerNanos, 99),
                percentile(dynamoNanos, 50), percentile(dynamoNanos, 99), minRequests, maxRequests, operations,
                capacity);
    }

    /** The function's event, pointed at a fresh target where its success path needs one. */
    private APIGatewayV2HTTPEvent prepared(BenchFunction function) throws IOException {
        APIGatewayV2HTTPEvent event = event(function.eventFile());
        int n = ++unique;
        switch (function.name()) {
            case "CreateSource" -> {
                ObjectNode body = (ObjectNode) JSON.readTree(event.getBody());
                body.put("url", "urn:factline:bench:" + ProcessHandle.current().pid() + ":" + n);
                event.setBody(JSON.writeValueAsString(body));
            }
            case "SubmitClaim" -> withIdempotencyKey(event, n);
            case "ReviewClaim" -> withClaimId(event, submitted(n));
            case "WithdrawClaim" -> withClaimId(event, reviewed(submitted(n)));
            default -> {
            }
        }
        return event;
    }

    private String submitted(int n) throws IOException {
        APIGatewayV2HTTPEvent submit = event("submit-claim.json");
        withIdempotencyKey(submit, n);
        APIGatewayV2HTTPResponse response = expect(BenchFunction.named("SubmitClaim"), submit);
        return JSON.readTree(response.getBody()).path("id").asText();
    }

    private String reviewed(String claimId) throws IOException {
        APIGatewayV2HTTPEvent review = event("review-claim.json");
        withClaimId(review, claimId);
        expect(BenchFunction.named("ReviewClaim"), review);
        return claimId;
    }

    private APIGatewayV2HTTPResponse expect(BenchFunction function, APIGatewayV2HTTPEvent event) throws IOException {
        APIGatewayV2HTTPResponse response = handler(function.handler()).handleRequest(event, null);
        if (response.getStatusCode() != function.successStatus()) {
            throw new IllegalStateException("preparing: " + function.name() + " answered "
                    + response.getStatusCode() + ": " + response.getBody());
        }
        return response;
    }

    private void withIdempotencyKey(APIGatewayV2HTTPEvent event, int n) {
        Map<String, String> headers = new LinkedHashMap<>(event.getHeaders());
        headers.put("idempotency-key", "bench-" + ProcessHandle.current().pid() + "-" + n);
        event.setHeaders(headers);
    }

    private static void withClaimId(APIGatewayV2HTTPEvent event, String claimId) {
        Map<String, String> path = new LinkedHashMap<>(event.getPathParameters());
        path.put("id", claimId);
        event.setPathParameters(path);
    }

    private APIGatewayV2HTTPEvent event(String file) throws IOException {
        try (InputStream json = Files.newInputStream(events.resolve(file))) {
            return eventSerializer.fromJson(json);
        }
    }

    @SuppressWarnings("unchecked")
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String className) {
        return handlers.computeIfAbsent(className, name -> {
            try {
                return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                        Class.forName(name).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + name, e);
            }
        });
    }

    static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
