package dev.factline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.factline.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Responses checked against the component schemas of openapi.yaml, with the document's components in reach. */
public final class OpenApiSchemas {

    private static JsonNode components;

    private OpenApiSchemas() {
    }

    public static void assertValid(String schemaName, JsonNode value) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schemaName);
        root.set("components", components().deepCopy());
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(root).validate(value);
        assertTrue(errors.isEmpty(), "breaks " + schemaName + ": " + errors + " in " + value);
    }

    private static synchronized JsonNode components() {
        if (components == null) {
            try {
                components = new YAMLMapper().readTree(Path.of(System.getProperty("basedir", ""))
                        .toAbsolutePath().resolve("openapi.yaml").toFile()).path("components");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read openapi.yaml", e);
            }
        }
        return components;
    }
}
