package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A payload-2.0 event whose every caller-controlled part comes from the fuzzer: the identity
 * the authorizer hands on, the path parameter, the headers, the query string and the body.
 *
 * <p>How the fuzzer's bytes are read (so hand-made seeds can be written, see {@link Seed}):
 * choices are taken from the END of the input, one byte each, in this order: caller, target,
 * body mode, then one presence flag per header and per query parameter of the route. Strings
 * are taken from the FRONT, each ended by a backslash and any other byte ({@code \\} is a
 * literal backslash): the groups claim (caller 3 only), the path value (target 0 only), each
 * present header, each present query parameter (the extra one: its name, then its value).
 * What is left of the front is the body, as bytes.
 */
final class FuzzedRequest {

    static final int MAX_STRING = 300;
    /** A query parameter no route knows, whose name also comes from the fuzzer. */
    static final String EXTRA_PARAMETER = "*";

    /** Who the authorizer says calls. */
    enum Caller {
        EDITOR, FACT_CHECKER, NO_CLAIMS, FUZZED_GROUPS, BLANK_SUBJECT
    }

    /** How the body arrives. */
    enum BodyMode {
        TEXT, BASE64_OF_BYTES, TEXT_MARKED_BASE64, NONE
    }

    /**
     * What of a request a route reads.
     *
     * @param pathParameter the route's path parameter, or null
     * @param targets       how many stored things the path can name besides a fuzzed value
     * @param headers       the headers the route reads, lower case as API Gateway passes them
     * @param query         the route's query parameters, then {@link #EXTRA_PARAMETER} for one it does not know
     * @param realCursor    whether a valid nextCursor can stand in for the cursor parameter
     */
    record Shape(String pathParameter, int targets, List<String> headers, List<String> query, boolean realCursor) {
    }

    /**
     * The fuzzed (or stored) path value under the shape's parameter; a route with a second
     * parameter, {@code {topic}} before a claim's {@code {id}}, gets the fixture's topic there.
     */
    private static Map<String, String> pathParameters(String routeKey, Shape shape, String path) {
        Map<String, String> parameters = new HashMap<>();
        if (path != null) {
            parameters.put(shape.pathParameter(), path);
        }
        if (routeKey.contains("{topic}") && !"topic".equals(shape.pathParameter())) {
            parameters.put("topic", RequestFuzzTest.TOPIC);
        }
        return parameters.isEmpty() ? null : parameters;
    }

    final Caller caller;
    final String groups;
    final int target;
    final String pathValue;
    final Map<String, String> headers;
    final Map<String, String> query;
    final boolean useRealCursor;
    final BodyMode bodyMode;
    final byte[] body;

    private FuzzedRequest(Caller caller, String groups, int target, String pathValue, Map<String, String> headers,
                          Map<String, String> query, boolean useRealCursor, BodyMode bodyMode, byte[] body) {
        this.caller = caller;
        this.groups = groups;
        this.target = target;
        this.pathValue = pathValue;
        this.headers = headers;
        this.query = query;
        this.useRealCursor = useRealCursor;
        this.bodyMode = bodyMode;
        this.body = body;
    }

    static FuzzedRequest read(FuzzedDataProvider data, Shape shape) {
        Caller caller = Caller.values()[data.consumeInt(0, Caller.values().length - 1)];
        int target = shape.pathParameter() == null ? 0 : data.consumeInt(0, shape.targets());
        BodyMode bodyMode = BodyMode.values()[data.consumeInt(0, BodyMode.values().length - 1)];
        boolean[] headerPresent = new boolean[shape.headers().size()];
        for (int i = 0; i < headerPresent.length; i++) {
            headerPresent[i] = data.consumeBoolean();
        }
        boolean[] queryPresent = new boolean[shape.query().size()];
        for (int i = 0; i < queryPresent.length; i++) {
            queryPresent[i] = data.consumeBoolean();
        }
        boolean realCursor = shape.realCursor() && data.consumeBoolean();

        String groups = caller == Caller.FUZZED_GROUPS ? data.consumeString(MAX_STRING) : null;
        String pathValue = shape.pathParameter() != null && target == 0 ? data.consumeString(MAX_STRING) : null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPresent.length; i++) {
            if (headerPresent[i]) {
                headers.put(shape.headers().get(i), data.consumeString(MAX_STRING));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < queryPresent.length; i++) {
            if (queryPresent[i]) {
                String name = shape.query().get(i);
                if (name.equals(EXTRA_PARAMETER)) {
                    name = data.consumeString(MAX_STRING);
                }
                query.put(name, data.consumeString(MAX_STRING));
            }
        }
        return new FuzzedRequest(caller, groups, target, pathValue, headers, query, realCursor, bodyMode,
                data.consumeRemainingAsBytes());
    }

    /**
     * The event API Gateway would pass.
     *
     * @param storedTarget the path value for targets 1.., chosen by the test's fixture
     * @param realCursor   a valid nextCursor, used when the input asks for one
     */
    APIGatewayV2HTTPEvent event(String routeKey, Shape shape, Function<Integer, String> storedTarget,
                                String realCursor) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("fuzz").withStage("$default").withRouteKey(routeKey)
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(routeKey.substring(0, routeKey.indexOf(' ')))
                        .withPath("/fuzz").withProtocol("HTTP/1.1").withSourceIp("192.0.2.1")
                        .withUserAgent("jazzer").build());
        Map<String, String> claims = switch (caller) {
            case EDITOR -> Map.of("sub", "ed-bob", "cognito:groups", "[editors]");
            case FACT_CHECKER -> Map.of("sub", "fc-alice", "cognito:groups", "[fact-checkers]");
            case NO_CLAIMS -> null;
            case FUZZED_GROUPS -> Map.of("sub", "ed-bob", "cognito:groups", groups);
            case BLANK_SUBJECT -> Map.of("sub", " ", "cognito:groups", "[editors]");
        };
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(new HashMap<>(claims)).withScopes(List.of()).build())
                    .build());
        }
        Map<String, String> queryParameters = new LinkedHashMap<>(query);
        if (useRealCursor && realCursor != null) {
            queryParameters.put("cursor", realCursor);
        }
        String path = shape.pathParameter() == null ? null : target == 0 ? pathValue : storedTarget.apply(target);
        String bodyText = switch (bodyMode) {
            case TEXT -> new String(body, StandardCharsets.UTF_8);
            case BASE64_OF_BYTES -> Base64.getEncoder().encodeToString(body);
            case TEXT_MARKED_BASE64 -> new String(body, StandardCharsets.ISO_8859_1);
            case NONE -> null;
        };
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath("/fuzz")
                .withHeaders(headers.isEmpty() ? null : new HashMap<>(headers))
                .withQueryStringParameters(queryParameters.isEmpty() ? null : queryParameters)
                .withPathParameters(pathParameters(routeKey, shape, path))
                .withRequestContext(context.build())
                .withBody(bodyText)
                .withIsBase64Encoded(bodyMode == BodyMode.BASE64_OF_BYTES || bodyMode == BodyMode.TEXT_MARKED_BASE64)
                .build();
    }

    /** Everything the caller controls, as text: a response may repeat it without leaking anything. */
    String callerText() {
        StringBuilder text = new StringBuilder();
        text.append(groups).append('\n').append(pathValue).append('\n');
        headers.forEach((name, value) -> text.append(name).append('\n').append(value).append('\n'));
        query.forEach((name, value) -> text.append(name).append('\n').append(value).append('\n'));
        text.append(new String(body, StandardCharsets.UTF_8)).append('\n');
        text.append(new String(body, StandardCharsets.ISO_8859_1));
        return text.toString();
    }

    /**
     * Writes an input that {@link #read} turns into the given request, for hand-made seeds.
     * Strings must be shorter than {@link #MAX_STRING} and in the BMP; anything goes in the body.
     */
    static final class Seed {
        private final Shape shape;
        private Caller caller = Caller.EDITOR;
        private String groups = "";
        private int target;
        private String pathValue = "";
        private BodyMode bodyMode = BodyMode.TEXT;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private String extraName;
        private boolean realCursor;
        private byte[] body = new byte[0];

        Seed(Shape shape) {
            this.shape = shape;
        }

        Seed caller(Caller caller) {
            this.caller = caller;
            return this;
        }

        Seed groups(String groups) {
            this.caller = Caller.FUZZED_GROUPS;
            this.groups = groups;
            return this;
        }

        Seed target(int target) {
            this.target = target;
            return this;
        }

        Seed path(String value) {
            this.target = 0;
            this.pathValue = value;
            return this;
        }

        Seed header(String name, String value) {
            if (!shape.headers().contains(name)) {
                throw new IllegalArgumentException("the route does not read header " + name);
            }
            headers.put(name, value);
            return this;
        }

        Seed query(String name, String value) {
            if (shape.query().contains(name)) {
                query.put(name, value);
            } else {
                if (extraName != null) {
                    throw new IllegalArgumentException("one unknown query parameter per input");
                }
                extraName = name;
                query.put(EXTRA_PARAMETER, value);
            }
            return this;
        }

        Seed realCursor() {
            this.realCursor = true;
            return this;
        }

        Seed body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        Seed body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        Seed bodyMode(BodyMode mode) {
            this.bodyMode = mode;
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream front = new ByteArrayOutputStream();
            if (caller == Caller.FUZZED_GROUPS) {
                string(front, groups);
            }
            if (shape.pathParameter() != null && target == 0) {
                string(front, pathValue);
            }
            for (String name : shape.headers()) {
                if (headers.containsKey(name)) {
                    string(front, headers.get(name));
                }
            }
            for (String name : shape.query()) {
                if (query.containsKey(name)) {
                    if (name.equals(EXTRA_PARAMETER)) {
                        string(front, extraName);
                    }
                    string(front, query.get(name));
                }
            }
            front.writeBytes(body);

            List<Integer> choices = new ArrayList<>();
            choices.add(caller.ordinal());
            if (shape.pathParameter() != null) {
                choices.add(target);
            }
            choices.add(bodyMode.ordinal());
            shape.headers().forEach(name -> choices.add(headers.containsKey(name) ? 1 : 0));
            shape.query().forEach(name -> choices.add(query.containsKey(name) ? 1 : 0));
            if (shape.realCursor()) {
                choices.add(realCursor ? 1 : 0);
            }
            for (int i = choices.size() - 1; i >= 0; i--) {
                front.write(choices.get(i));
            }
            return front.toByteArray();
        }

        private static void string(ByteArrayOutputStream out, String value) {
            if (value.length() >= MAX_STRING || value.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                throw new IllegalArgumentException("seed strings are shorter than " + MAX_STRING
                        + " characters, all in the Basic Multilingual Plane");
            }
            out.writeBytes(value.replace("\\", "\\\\").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {'\\', ';'});
        }
    }
}
