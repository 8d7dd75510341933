package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factline.settings.StackSettings;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Factline Local takes from template.yaml, so that it serves what gets deployed: each
 * function's route and handler class, the table's keys and indexes, the API's CORS settings.
 */
public final class SamTemplate {

    static final String TABLE_RESOURCE = "FactlineTable";
    static final String API_RESOURCE = "FactlineHttpApi";

    private final JsonNode root;

    private SamTemplate(JsonNode root) {
        this.root = root;
    }

    public static SamTemplate read(Path file) {
        try {
            JsonNode root = new YAMLMapper().readTree(file.toFile());
            if (root == null || !root.path("Resources").isObject()) {
                throw new LocalStartupException(file + " has no Resources section; is it Factline's template.yaml?");
            }
            return new SamTemplate(root);
        } catch (IOException e) {
            throw new LocalStartupException("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A function of the template and the HTTP API route that invokes it.
     *
     * @param authorizer  the route's {@code Auth.Authorizer}, {@code NONE} for a public route, empty
     *                    for the API's default
     * @param environment the Globals' and the function's own variables, a {@code Ref} to a stack
     *                    parameter resolved to its default; variables naming resources are left out,
     *                    and a function reading the stack's settings parameters is given their values
     *                    instead, as a deploy with the defaults would store them
     */
    public record Function(String logicalId, String handlerClass, String method, String path, String authorizer,
                           Map<String, String> environment) {

        public boolean isPublic() {
            return "NONE".equals(authorizer);
        }

        /** The route's path as a pattern whose groups are its path parameters. */
        public Pattern pathPattern() {
            return Pattern.compile(path.replaceAll("\\{[^/}]+}", "([^/]+)"));
        }

        public List<String> pathParameterNames() {
            List<String> names = new ArrayList<>();
            var m = Pattern.compile("\\{([^/}]+)}").matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        public String routeKey() {
            return method + " " + path;
        }
    }

    /** Every resource of the template by logical id, as plain YAML read it. */
    public JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    /** Each function's HttpApi routes, in template order. */
    public List<Function> functions() {
        List<Function> functions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> resource : fields(root.path("Resources"))) {
            JsonNode node = resource.getValue();
            if (!"AWS::Serverless::Function".equals(node.path("Type").asText())) {
                continue;
            }
            String handler = node.path("Properties").path("Handler").asText();
            for (Map.Entry<String, JsonNode> event : fields(node.path("Properties").path("Events"))) {
                JsonNode properties = event.getValue().path("Properties");
                if ("HttpApi".equals(event.getValue().path("Type").asText())) {
                    functions.add(new Function(resource.getKey(), handler.replaceFirst("::.*$", ""),
                            properties.path("Method").asText().toUpperCase(java.util.Locale.ROOT),
                            properties.path("Path").asText(), properties.path("Auth").path("Authorizer").asText(),
                            environment(node)));
                }
            }
        }
        return functions;
    }

    private Map<String, String> environment(JsonNode function) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode variables : List.of(
                root.path("Globals").path("Function").path("Environment").path("Variables"),
                function.path("Properties").path("Environment").path("Variables"))) {
            for (Map.Entry<String, JsonNode> variable : fields(variables)) {
                JsonNode value = variable.getValue();
                if (value.isValueNode()) {
                    environment.put(variable.getKey(), value.asText());
                } else if (variable.getKey().equals(StackSettings.SETTINGS_PARAMETER_PATH)) {
                    environment.putAll(settingsParameters());
                } else if (value.has("Ref") && root.path("Parameters").has(value.path("Ref").asText())) {
                    environment.put(variable.getKey(), parameterDefault(value.path("Ref").asText()));
                }
            }
        }
        return Map.copyOf(environment);
    }

    /**
     * The stack's settings parameters ({@code AWS::SSM::Parameter} resources), by the last part
     * of their name, each holding its stack parameter's default.
     */
    Map<String, String> settingsParameters() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> resource : fields(root.path("Resources"))) {
            JsonNode properties = resource.getValue().path("Properties");
            if ("AWS::SSM::Parameter".equals(resource.getValue().path("Type").asText())
                    && properties.path("Value").has("Ref")) {
                String name = properties.path("Name").path("Fn::Sub").asText();
                settings.put(name.substring(name.lastIndexOf('/') + 1),
                        parameterDefault(properties.path("Value").path("Ref").asText()));
            }
        }
        return settings;
    }

    private String parameterDefault(String parameter) {
        return root.path("Parameters").path(parameter).path("Default").asText("");
    }

    /** The CORS settings of the HTTP API; empty lists when the template declares none. */
    public record Cors(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
                       List<String> exposeHeaders, int maxAge) {

        boolean allowsOrigin(String origin) {
            return allowOrigins.contains("*") || allowOrigins.contains(origin);
        }
    }

    public Cors cors() {
        JsonNode cors = root.path("Resources").path(API_RESOURCE).path("Properties").path("CorsConfiguration");
        JsonNode origins = cors.path("AllowOrigins");
        List<String> allowOrigins = origins.has("Ref") ? parameterDefaultList(origins.path("Ref").asText())
                : strings(origins);
        return new Cors(allowOrigins, strings(cors.path("AllowMethods")), strings(cors.path("AllowHeaders")),
                strings(cors.path("ExposeHeaders")), cors.path("MaxAge").asInt(0));
    }

    /** The table resource as a CreateTable request under the given name. */
    public CreateTableRequest createTableRequest(String tableName) {
        JsonNode properties = root.path("Resources").path(TABLE_RESOURCE).path("Properties");
        if (properties.isMissingNode()) {
            throw new LocalStartupException("template.yaml has no Resources." + TABLE_RESOURCE + ".Properties");
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText())
                .attributeType(a.path("AttributeType").asText())
                .build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        properties.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(i.path("IndexName").asText())
                .keySchema(keySchema(i.path("KeySchema")))
                .projection(Projection.builder()
                        .projectionType(i.path("Projection").path("ProjectionType").asText())
                        .build())
                .build()));
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue(properties.path("BillingMode").asText()))
                .attributeDefinitions(attributes)
                .keySchema(keySchema(properties.path("KeySchema")))
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .build();
    }

    private List<String> parameterDefaultList(String parameter) {
        String value = root.path("Parameters").path(parameter).path("Default").asText("");
        return value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
    }

    private static List<KeySchemaElement> keySchema(JsonNode node) {
        List<KeySchemaElement> keys = new ArrayList<>();
        node.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText())
                .build()));
        return keys;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The fields of a YAML/JSON object in their order; none for anything else. */
    public static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
