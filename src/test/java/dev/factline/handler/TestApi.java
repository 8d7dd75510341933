package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.factline.http.Json;
import dev.factline.local.SamTemplate;
import dev.factline.service.Cursors;
import dev.factline.store.FactlineStore;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.testing.AdjustableClock;
import dev.factline.testing.ResponseLeaks;
import dev.factline.testing.TestCursors;
import dev.factline.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Every route's real handler class, wired to a real table, called with payload 2.0 events the
 * way API Gateway would after its JWT authorizer let the caller in.
 */
final class TestApi {

    record Caller(String sub, String groups) {
    }

    static final Caller FACT_CHECKER = new Caller("fc-alice", "[fact-checkers]");
    static final Caller EDITOR = new Caller("ed-bob", "[editors]");
    static final Caller OTHER_EDITOR = new Caller("ed-carol", "[editors fact-checkers]");
    static final Caller NO_ROLE = new Caller("nobody", null);

    /** The functions of template.yaml: the routes TestApi serves are the ones that get deployed. */
    private static final List<SamTemplate.Function> FUNCTIONS = SamTemplate.read(Path.of("template.yaml")).functions();

    record Route(SamTemplate.Function function, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
    }

    record Response(int status, Map<String, String> headers, String rawBody) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(rawBody);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    final AdjustableClock clock = new AdjustableClock(Instant.parse("2024-11-16T10:00:00Z"));
    private final List<Route> routes;

    private final TestTable table;

    /** The routes over a table, which {@link #table()} gives back for what a test reads directly. */
    TestApi(TestTable table) {
        this(new DynamoDbFactlineStore(table.client(), table.name()), table);
    }

    TestApi(DynamoDbClient client, String tableName) {
        this(new DynamoDbFactlineStore(client, tableName), (TestTable) null);
    }

    TestApi(FactlineStore store) {
        this(store, (TestTable) null);
    }

    private TestApi(FactlineStore store, TestTable table) {
        this(store, table, Map.of(Cursors.KEY_VARIABLE, TestCursors.KEY));
    }

    /**
     * The routes over a store with the given environment, which wins over each function's own:
     * e.g. where a deployed stack keeps its settings.
     */
    TestApi(FactlineStore store, Map<String, String> environment) {
        this(store, null, environment);
    }

    private TestApi(FactlineStore store, TestTable table, Map<String, String> environment) {
        this.table = table;
        Wiring wiring = new Wiring(store, clock, environment);
        // Built as Factline Local builds them, from each function's handler class and environment.
        routes = FUNCTIONS.stream()
                .map(f -> new Route(f, wiring.withFunctionEnvironment(f.environment()).handler(f.handlerClass())))
                .toList();
    }

    /** The table the routes write to, when built over one. */
    TestTable table() {
        if (table == null) {
            throw new IllegalStateException("this TestApi was built over a store, not a table");
        }
        return table;
    }

    /** The handler of a template function, by its logical id, e.g. {@code GetTimelineFunction}. */
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String functionId) {
        return routes.stream().filter(r -> r.function().logicalId().equals(functionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + functionId))
                .handler();
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    Request get(String path) {
        return request("GET", path);
    }

    Request post(String path) {
        return request("POST", path);
    }

    Request delete(String path) {
        return request("DELETE", path);
    }

    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private Caller caller;
        private String body;
        private boolean base64;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request as(Caller caller) {
            this.caller = caller;
            return this;
        }

        Request header(String name, String value) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
            return this;
        }

        Request query(String name, String value) {
            query.put(name, value);
            return this;
        }

        Request json(Object value) {
            try {
                return body(value instanceof String s ? s : Json.MAPPER.writeValueAsString(value), "application/json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Request body(String text, String contentType) {
            this.body = text;
            if (contentType != null) {
                header("content-type", contentType);
            }
            return this;
        }

        Request base64Body(String encoded) {
            this.body = encoded;
            this.base64 = true;
            return this;
        }

        Response send() {
            for (Route route : routes) {
                Matcher m = route.function().pathPattern().matcher(path);
                if (route.function().method().equals(method) && m.matches()) {
                    APIGatewayV2HTTPEvent event = event(route, m);
                    APIGatewayV2HTTPResponse response = route.handler().handleRequest(event, null);
                    ResponseLeaks.assertClean(response.getHeaders(), response.getBody());
                    return new Response(response.getStatusCode(),
                            response.getHeaders() == null ? Map.of() : response.getHeaders(), response.getBody());
                }
            }
            throw new IllegalArgumentException("no route for " + method + " " + path);
        }

        private APIGatewayV2HTTPEvent event(Route route, Matcher m) {
            var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                    .withMethod(method).withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1")
                    .withUserAgent("TestApi").build();
            var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                    .withHttp(http).withRequestId("test").withStage("$default")
                    .withRouteKey(route.function().routeKey());
            if (caller != null) {
                Map<String, String> claims = new HashMap<>();
                claims.put("sub", caller.sub());
                if (caller.groups() != null) {
                    claims.put("cognito:groups", caller.groups());
                }
                context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                .withClaims(claims).build())
                        .build());
            }
            return APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRawPath(path)
                    .withHeaders(headers.isEmpty() ? null : new HashMap<>(headers))
                    .withQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query))
                    .withPathParameters(pathParameters(route.function(), m))
                    .withRequestContext(context.build())
                    .withBody(body)
                    .withIsBase64Encoded(base64)
                    .build();
        }
    }

    private static Map<String, String> pathParameters(SamTemplate.Function function, Matcher m) {
        List<String> names = function.pathParameterNames();
        if (names.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), m.group(i + 1));
        }
        return parameters;
    }

    static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }
}
