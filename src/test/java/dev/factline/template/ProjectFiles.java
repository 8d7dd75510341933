package dev.factline.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployment files at the project root, read as plain YAML/JSON trees. */
final class ProjectFiles {

    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    private ProjectFiles() {
    }

    /** The Maven basedir: surefire sets {@code basedir}; otherwise the working directory. */
    static Path root() {
        String basedir = System.getProperty("basedir");
        return (basedir == null || basedir.isBlank() ? Path.of("") : Path.of(basedir)).toAbsolutePath();
    }

    static Path file(String relative) {
        Path path = root().resolve(relative).normalize();
        assertTrue(Files.isRegularFile(path), "expected the file " + path);
        return path;
    }

    static JsonNode yaml(String relative) {
        try {
            return YAML.readTree(file(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + relative + " as YAML", e);
        }
    }

    static JsonNode json(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + path + " as JSON", e);
        }
    }

    static String text(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode template() {
        return yaml("template.yaml");
    }

    static JsonNode openApi() {
        return yaml("openapi.yaml");
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    static final Set<String> READ_ONLY_POSTS = Set.of("POST /sources/{id}/candidates");

    /** One AWS::Serverless::Function of template.yaml and the HttpApi route it serves. */
    record Route(String functionId, JsonNode function, String method, String path, JsonNode event) {

        String routeKey() {
            return method + " " + path;
        }

        String handler() {
            return function.path("Properties").path("Handler").asText();
        }

        String handlerClassName() {
            return handler().replaceFirst("::.*$", "");
        }

        /** {@code CreateSourceFunction} -> {@code create-source.json}. */
        String eventFileName() {
            String base = functionId.replaceFirst("Function$", "");
            return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + ".json";
        }

        boolean isPublic() {
            return "NONE".equals(event.path("Properties").path("Auth").path("Authorizer").asText(null));
        }

        /** GETs, and the POST that computes candidates from a stored source and stores nothing. */
        boolean isReadOnly() {
            return method.equals("GET") || READ_ONLY_POSTS.contains(routeKey());
        }
    }

    /** Every function with its single HttpApi event, in template order. */
    static List<Route> routes(JsonNode template) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> resource : fields(template.path("Resources"))) {
            JsonNode function = resource.getValue();
            if (!"AWS::Serverless::Function".equals(function.path("Type").asText())) {
                continue;
            }
            List<JsonNode> httpEvents = new ArrayList<>();
            for (Map.Entry<String, JsonNode> event : fields(function.path("Properties").path("Events"))) {
                if ("HttpApi".equals(event.getValue().path("Type").asText())) {
                    httpEvents.add(event.getValue());
                }
            }
            assertTrue(httpEvents.size() == 1,
                    resource.getKey() + " should serve exactly one HttpApi route, has " + httpEvents.size());
            JsonNode event = httpEvents.get(0);
            routes.add(new Route(resource.getKey(), function,
                    event.path("Properties").path("Method").asText().toUpperCase(java.util.Locale.ROOT),
                    event.path("Properties").path("Path").asText(), event));
        }
        return routes;
    }
}
