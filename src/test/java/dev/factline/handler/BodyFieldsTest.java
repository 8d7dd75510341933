package dev.factline.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factline.local.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fields each handler accepts in a body (its {@code FIELDS}, anything else is a 400) are the
 * properties openapi.yaml documents for that route's request body, so neither can change alone.
 */
class BodyFieldsTest {

    /** Every route that reads a body, and the fields its handler allows. */
    private static final Map<String, Set<String>> HANDLER_FIELDS = Map.of(
            "POST /sources", CreateSourceHandler.FIELDS,
            "POST /sources/{id}/candidates", ProposeCandidatesHandler.FIELDS,
            "POST /claims", SubmitClaimHandler.FIELDS,
            "POST /claims/{id}/reviews", ReviewClaimHandler.FIELDS,
            "POST /topics", CreateTopicHandler.FIELDS,
            "DELETE /claims/{id}", WithdrawClaimHandler.FIELDS);

    private static JsonNode openApi;

    @BeforeAll
    static void read() throws IOException {
        openApi = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
    }

    @Test
    void everyRouteWithABody_allowsExactlyTheFieldsOpenApiDocuments() {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (SamTemplate.Function function : SamTemplate.read(Path.of("template.yaml")).functions()) {
            JsonNode body = openApi.path("paths").path(function.path())
                    .path(function.method().toLowerCase(Locale.ROOT)).path("requestBody");
            if (!body.isMissingNode()) {
                documented.put(function.routeKey(),
                        properties(body.path("content").path("application/json").path("schema")));
            }
        }
        assertEquals(documented, new TreeMap<>(HANDLER_FIELDS));
    }

    @Test
    void reviewEvidenceEntries_allowExactlyTheFieldsOpenApiDocuments() {
        JsonNode evidence = schema(openApi.path("components").path("schemas").path("ReviewInput"))
                .path("properties").path("evidence").path("items");
        assertEquals(properties(evidence), ReviewClaimHandler.EVIDENCE_FIELDS);
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema(schema).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    private static JsonNode schema(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node
                : openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
