package dev.factline.template;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.factline.handler.Wiring;
import dev.factline.http.Role;
import dev.factline.template.ProjectFiles.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes are declared four times: handler classes, template.yaml, events/ and openapi.yaml.
 * These tests keep the four in step, in both directions.
 */
class RoutesConsistencyTest {

    private static final String HANDLER_PACKAGE = "dev.factline.handler";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String LOCAL_ENV_FILE = "env.local.json";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private static JsonNode template;
    private static List<Route> routes;
    private static JsonNode openApi;

    @BeforeAll
    static void read() {
        template = ProjectFiles.template();
        routes = ProjectFiles.routes();
        openApi = ProjectFiles.openApi();
    }

    private static Path eventsDir() {
        Path dir = ProjectFiles.root().resolve("events");
        assertTrue(Files.isDirectory(dir), "expected the directory " + dir);
        return dir;
    }

    private static JsonNode event(Route route) {
        Path file = eventsDir().resolve(route.eventFileName());
        assertTrue(Files.isRegularFile(file), route.routeKey() + " has no event file events/" + route.eventFileName());
        return ProjectFiles.json(file);
    }

    private static JsonNode operation(Route route) {
        return openApi.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
    }

    @Test
    void everyFunction_isBuiltByAMakefileTargetOfItsName() {
        List<Pattern> targets = new ArrayList<>();
        Matcher rule = Pattern.compile("(?m)^(build-\\S*):").matcher(ProjectFiles.text("Makefile"));
        while (rule.find()) {
            // A make pattern rule: % stands for any non-empty stem.
            targets.add(Pattern.compile(Arrays.stream(rule.group(1).split("%", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".+"))));
        }
        for (Route route : routes) {
            assertEquals("makefile", route.function().path("Metadata").path("BuildMethod").asText(),
                    route.functionId() + " must use BuildMethod: makefile so that sam build skips the tests");
            assertTrue(targets.stream().anyMatch(t -> t.matcher("build-" + route.functionId()).matches()),
                    "no Makefile rule builds build-" + route.functionId() + "; rules: " + targets);
        }
    }

    // ---------------------------------------------------------------- handler classes

    @Test
    void everyTemplateRoute_hasALoadableHandlerWithAProductionAndAWiringConstructor() throws Exception {
        for (Route route : routes) {
            Class<?> handler = Class.forName(route.handlerClassName(), false, getClass().getClassLoader());
            assertTrue(RequestHandler.class.isAssignableFrom(handler), handler + " is not a Lambda RequestHandler");
            assertFalse(Modifier.isAbstract(handler.getModifiers()), handler + " is abstract");
            assertTrue(Modifier.isPublic(handler.getModifiers()), handler + " must be public for the Lambda runtime");
            Constructor<?>[] constructors = handler.getDeclaredConstructors();
            assertTrue(Arrays.stream(constructors).anyMatch(c -> c.getParameterCount() == 0
                            && Modifier.isPublic(c.getModifiers())),
                    handler.getSimpleName() + " needs a public no-arg constructor for the Lambda runtime");
            assertTrue(Arrays.stream(constructors).anyMatch(c -> Modifier.isPublic(c.getModifiers())
                            && Arrays.equals(c.getParameterTypes(), new Class<?>[] {Wiring.class})),
                    handler.getSimpleName() + " needs a public constructor taking the Wiring");
        }
    }

    @Test
    void everyHandlerClass_isServedByAFunction() throws IOException, URISyntaxException, ClassNotFoundException {
        // The main classes only (not test-classes, which holds the same package): where Role was loaded from.
        Path classes = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(HANDLER_PACKAGE.replace('.', '/'));
        assertTrue(Files.isDirectory(classes), "expected compiled handlers in " + classes);
        Set<String> concreteHandlers = new TreeSet<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith("Handler.class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(HANDLER_PACKAGE + "." + name.replace(".class", ""), false,
                        getClass().getClassLoader());
                if (!Modifier.isAbstract(type.getModifiers())) {
                    concreteHandlers.add(type.getName());
                }
            }
        }
        Set<String> served = routes.stream().map(Route::handlerClassName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(concreteHandlers, served, "every handler class needs exactly one function in template.yaml");
        assertEquals(routes.size(), served.size(), "two functions share a handler class");
    }

    // ---------------------------------------------------------------- events/

    @Test
    void everyTemplateRoute_hasAnEventFileWithItsRouteKey() {
        for (Route route : routes) {
            JsonNode event = event(route);
            assertEquals("2.0", event.path("version").asText(), route.eventFileName());
            assertEquals(route.routeKey(), event.path("routeKey").asText(), route.eventFileName());
            assertEquals(route.routeKey(), event.path("requestContext").path("routeKey").asText(), route.eventFileName());
            assertEquals(route.method(), event.path("requestContext").path("http").path("method").asText(),
                    route.eventFileName());
            assertFalse(event.path("isBase64Encoded").asBoolean(true), route.eventFileName());
        }
    }

    @Test
    void everyEventFile_hasThePathParametersOfItsRouteInItsRawPath() {
        for (Route route : routes) {
            JsonNode event = event(route);
            JsonNode parameters = event.path("pathParameters");
            Matcher m = PATH_PARAMETER.matcher(route.path());
            StringBuilder expected = new StringBuilder();
            Set<String> names = new TreeSet<>();
            while (m.find()) {
                names.add(m.group(1));
                assertTrue(parameters.path(m.group(1)).isTextual(), route.eventFileName() + " lacks pathParameters." + m.group(1));
                m.appendReplacement(expected, Matcher.quoteReplacement(parameters.path(m.group(1)).asText()));
            }
            m.appendTail(expected);
            assertEquals(names, ProjectFiles.fields(parameters).stream().map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new)), route.eventFileName() + " pathParameters");
            assertEquals(expected.toString(), event.path("rawPath").asText(), route.eventFileName() + " rawPath");
            assertEquals(expected.toString(), event.path("requestContext").path("http").path("path").asText(),
                    route.eventFileName() + " requestContext.http.path");
        }
    }

    @Test
    void guardedRouteEvents_carryJwtClaimsAsApiGatewayDoes_andThePublicOneNone() {
        for (Route route : routes) {
            JsonNode event = event(route);
            JsonNode authorizer = event.path("requestContext").path("authorizer");
            if (route.isPublic()) {
                assertTrue(authorizer.isMissingNode(), route.eventFileName() + " must carry no authorizer block");
                assertTrue(event.path("headers").path("authorization").isMissingNode(),
                        route.eventFileName() + " must carry no Authorization header");
                continue;
            }
            JsonNode claims = authorizer.path("jwt").path("claims");
            for (String claim : List.of("sub", "cognito:groups", "iss", "client_id", "token_use", "username", "exp", "iat")) {
                assertTrue(claims.path(claim).isTextual(), route.eventFileName() + " claim " + claim + " as a string");
            }
            ProjectFiles.fields(claims).forEach(c -> assertTrue(c.getValue().isTextual(),
                    route.eventFileName() + ": API Gateway passes every claim as a string, not " + c));
            assertTrue(claims.path("cognito:groups").asText().matches("\\[[a-z -]+]"),
                    route.eventFileName() + " cognito:groups in API Gateway's flattened form");
            assertEquals("access", claims.path("token_use").asText());
            assertTrue(authorizer.path("jwt").has("scopes"), route.eventFileName() + " jwt.scopes");
            assertTrue(event.path("headers").path("authorization").asText().startsWith("Bearer eyJ"),
                    route.eventFileName() + " authorization header");
        }
    }

    @Test
    void eventsDirectory_holdsNoEventWithoutARoute() throws IOException {
        Set<String> expected = routes.stream().map(Route::eventFileName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(eventsDir())) {
            present = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(LOCAL_ENV_FILE))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, present);
    }

    @Test
    void localEnvFile_overridesOnlyVariablesTheTemplateDeclares() {
        JsonNode env = ProjectFiles.json(eventsDir().resolve(LOCAL_ENV_FILE)).path("Parameters");
        JsonNode declared = template.path("Globals").path("Function").path("Environment").path("Variables");
        assertFalse(ProjectFiles.fields(env).isEmpty(), "env.local.json has no Parameters");
        for (Map.Entry<String, JsonNode> variable : ProjectFiles.fields(env)) {
            assertTrue(declared.has(variable.getKey()),
                    "sam local only overrides declared variables; template.yaml lacks " + variable.getKey());
        }
        assertTrue(env.path("DYNAMODB_ENDPOINT").asText().startsWith("http"), "DYNAMODB_ENDPOINT");
        assertTrue(env.path("TABLE_NAME").isTextual(), "TABLE_NAME");
    }

    // ---------------------------------------------------------------- openapi.yaml

    @Test
    void openApi_isVersion31() {
        assertEquals("3.1.0", openApi.path("openapi").asText());
    }

    @Test
    void everyTemplateRoute_isDocumentedInOpenApi() {
        for (Route route : routes) {
            assertTrue(operation(route).isObject(), "openapi.yaml documents no " + route.routeKey());
        }
    }

    @Test
    void openApi_documentsNoRouteTheTemplateLacks() {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : ProjectFiles.fields(openApi.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : ProjectFiles.fields(path.getValue())) {
                if (HTTP_METHODS.contains(operation.getKey())) {
                    documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertEquals(routes.stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new)), documented);
    }

    @Test
    void openApi_marksPublicExactlyTheRoutesTheTemplateLeavesWithoutAnAuthorizer() {
        assertFalse(openApi.path("security").path(0).isMissingNode(), "openapi.yaml needs a global bearer security");
        JsonNode scheme = openApi.path("components").path("securitySchemes")
                .path(openApi.path("security").path(0).fieldNames().next());
        assertEquals("bearer", scheme.path("scheme").asText());
        for (Route route : routes) {
            JsonNode security = operation(route).path("security");
            boolean documentedPublic = security.isArray() && security.isEmpty();
            assertEquals(route.isPublic(), documentedPublic, route.routeKey() + " security in openapi.yaml");
            JsonNode responses = operation(route).path("responses");
            assertEquals(!route.isPublic(), responses.has("401"), route.routeKey() + " documents 401 iff guarded");
            assertEquals(!route.isPublic(), responses.has("403"), route.routeKey() + " documents 403 iff guarded");
        }
    }

    @Test
    void openApi_documentsEveryPathParameterOfEachRoute() {
        for (Route route : routes) {
            Set<String> expected = new TreeSet<>();
            Matcher m = PATH_PARAMETER.matcher(route.path());
            while (m.find()) {
                expected.add(m.group(1));
            }
            Set<String> documented = new TreeSet<>();
            for (JsonNode parameter : operation(route).path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if ("path".equals(resolved.path("in").asText())) {
                    assertTrue(resolved.path("required").asBoolean(false), route.routeKey() + " path parameters are required");
                    documented.add(resolved.path("name").asText());
                }
            }
            assertEquals(expected, documented, route.routeKey());
        }
    }

    @Test
    void everyEventBody_matchesItsOpenApiRequestSchema() {
        for (Route route : routes) {
            JsonNode event = event(route);
            JsonNode requestBody = operation(route).path("requestBody");
            if (requestBody.isMissingNode()) {
                assertTrue(event.path("body").isMissingNode() || event.path("body").isNull(),
                        route.eventFileName() + " should carry no body: " + route.routeKey() + " takes none");
                continue;
            }
            String ref = requestBody.path("content").path("application/json").path("schema").path("$ref").asText();
            assertTrue(ref.startsWith("#/components/schemas/"), route.routeKey() + " names its body schema: " + ref);
            String schemaName = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode body;
            try {
                body = ProjectFiles.JSON.readTree(event.path("body").asText());
            } catch (IOException e) {
                throw new AssertionError(route.eventFileName() + " body is not JSON", e);
            }
            Set<ValidationMessage> errors = openApiSchema(schemaName).validate(body);
            assertTrue(errors.isEmpty(), route.eventFileName() + " body breaks " + schemaName + ": " + errors);
            assertTrue(event.path("headers").path("content-type").asText().startsWith("application/json"),
                    route.eventFileName() + " content-type");
        }
    }

    @Test
    void openApiRequestSchemas_refuseAServerOwnedField() {
        ObjectNode claim = ProjectFiles.JSON.createObjectNode()
                .put("topic", "biden-xi-apec-2024").put("statement", "s").put("eventDate", "2024").put("status", "reviewed");
        assertFalse(openApiSchema("ClaimInput").validate(claim).isEmpty(),
                "the schema check must see a server-owned field, or it checks nothing");
    }

    /** A component schema of openapi.yaml, with the document's components in reach of its $refs. */
    private static JsonSchema openApiSchema(String name) {
        ObjectNode root = ProjectFiles.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        root.set("components", openApi.path("components").deepCopy());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null) {
            return node;
        }
        assertTrue(ref.startsWith("#/"), "only local $refs: " + ref);
        JsonNode target = openApi.at(ref.substring(1));
        assertFalse(target.isMissingNode(), "dangling $ref " + ref);
        return target;
    }

    @Test
    void openApi_hasNoDanglingReferences() {
        List<String> dangling = new ArrayList<>();
        collectRefs(openApi, dangling);
        assertTrue(dangling.isEmpty(), "openapi.yaml refers to what it does not define: " + dangling);
    }

    private static void collectRefs(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()
                    && (!ref.asText().startsWith("#/") || openApi.at(ref.asText().substring(1)).isMissingNode())) {
                dangling.add(ref.asText());
            }
            node.forEach(child -> collectRefs(child, dangling));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, dangling));
        }
    }
}
