package dev.factline.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factline.local.SamTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return SamTemplate.fields(node);
    }

    static final Set<String> READ_ONLY_POSTS = Set.of("POST /sources/{id}/candidates");

    /**
     * One AWS::Serverless::Function of template.yaml and the HttpApi route it serves, as Factline
     * Local reads it, with the function's resource for what only deployment uses.
     */
    record Route(SamTemplate.Function declared, JsonNode function) {

        String functionId() {
            return declared.logicalId();
        }

        String method() {
            return declared.method();
        }

        String path() {
            return declared.path();
        }

        String routeKey() {
            return declared.routeKey();
        }

        String handler() {
            return function.path("Properties").path("Handler").asText();
        }

        String handlerClassName() {
            return declared.handlerClass();
        }

        /** {@code CreateSourceFunction} -> {@code create-source.json}. */
        String eventFileName() {
            String base = functionId().replaceFirst("Function$", "");
            return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + ".json";
        }

        boolean isPublic() {
            return declared.isPublic();
        }

        /** GETs, and the POST that computes candidates from a stored source and stores nothing. */
        boolean isReadOnly() {
            return method().equals("GET") || READ_ONLY_POSTS.contains(routeKey());
        }
    }

    /** Every function with its single HttpApi route, in template order. */
    static List<Route> routes() {
        SamTemplate template = SamTemplate.read(file("template.yaml"));
        List<SamTemplate.Function> functions = template.functions();
        JsonNode resources = template().path("Resources");
        for (Map.Entry<String, JsonNode> resource : fields(resources)) {
            if ("AWS::Serverless::Function".equals(resource.getValue().path("Type").asText())) {
                long served = functions.stream().filter(f -> f.logicalId().equals(resource.getKey())).count();
                assertTrue(served == 1, resource.getKey() + " should serve exactly one HttpApi route, has " + served);
            }
        }
        return functions.stream().map(f -> new Route(f, template.resource(f.logicalId()))).toList();
    }
}
