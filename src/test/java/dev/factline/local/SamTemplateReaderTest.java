package dev.factline.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamTemplateReaderTest {

    private final SamTemplate template = SamTemplate.read(Path.of("template.yaml"));

    @Test
    void functions_areReadWithRouteHandlerAndAuth() {
        List<SamTemplate.Function> functions = template.functions();
        assertEquals(14, functions.size(), "the v1 routes, the desk's three topics routes, the claim page and the feed");
        SamTemplate.Function review = functions.stream()
                .filter(f -> f.logicalId().equals("ReviewClaimFunction")).findFirst().orElseThrow();
        assertEquals("POST /claims/{id}/reviews", review.routeKey());
        assertEquals("dev.factline.handler.ReviewClaimHandler", review.handlerClass());
        assertEquals(List.of("id"), review.pathParameterNames());
        assertTrue(review.pathPattern().matcher("/claims/abc/reviews").matches());
        assertFalse(review.pathPattern().matcher("/claims/abc/def/reviews").matches());
        assertEquals(List.of("GetClaimPageFunction", "GetFeedFunction", "GetTimelineFunction"), functions.stream()
                .filter(SamTemplate.Function::isPublic).map(SamTemplate.Function::logicalId).sorted().toList());
    }

    @Test
    void functionEnvironment_givesThePublicFunctionsTheSettingsParametersAsTheDefaultsWouldFillThem_andLeavesResourcesOut() {
        SamTemplate.Function timeline = template.functions().stream()
                .filter(f -> f.logicalId().equals("GetTimelineFunction")).findFirst().orElseThrow();
        assertEquals("Factline", timeline.environment().get("PUBLISHER_NAME"));
        assertEquals("https://factline.example/timelines/{topic}", timeline.environment().get("TIMELINE_PAGE_URL"));
        assertEquals("60", timeline.environment().get("TIMELINE_CACHE_MAX_AGE"));
        assertEquals("", timeline.environment().get("DYNAMODB_ENDPOINT"), "the Globals' variables come along");
        assertFalse(timeline.environment().containsKey("TABLE_NAME"), "a Ref to a resource has no local value");
        assertFalse(timeline.environment().containsKey("SETTINGS_PARAMETER_PATH"), "replaced by the values");
        SamTemplate.Function review = template.functions().stream()
                .filter(f -> f.logicalId().equals("ReviewClaimFunction")).findFirst().orElseThrow();
        assertEquals("", review.environment().get("PUBLISHER_NAME"), "declared empty for sam local only");
    }

    @Test
    void cors_takesItsOriginsFromTheParameterDefault() {
        SamTemplate.Cors cors = template.cors();
        assertEquals(List.of("*"), cors.allowOrigins());
        assertTrue(cors.allowsOrigin("https://anywhere.example"));
        assertEquals(600, cors.maxAge());
    }

    @Test
    void table_isTheTemplatesTableResource() {
        var request = template.createTableRequest("t");
        assertEquals(List.of("timeline", "pending", "withdrawn", "feed"),
                request.globalSecondaryIndexes().stream().map(i -> i.indexName()).toList());
        assertEquals("pk", request.keySchema().get(0).attributeName());
    }
}
