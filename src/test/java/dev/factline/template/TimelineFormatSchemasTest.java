package dev.factline.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.factline.http.ClaimLinks;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.TimelineFormat;
import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.SourceRef;
import dev.factline.service.TimelineService.TimelinePage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the timeline formats write is what openapi.yaml says they write. */
class TimelineFormatSchemasTest {

    private static final PublicTimelineSettings SETTINGS = new PublicTimelineSettings("Factline",
            URI.create("https://factline.example"), "https://factline.example/timelines/{topic}", 60);
    private static final ClaimLinks LINKS = new ClaimLinks("https://api.factline.example", SETTINGS.pageUrlPattern());

    private static final TimelinePage PAGE = new TimelinePage("t", List.of(
            claim("2024", null, null, Rating.UNPROVEN),
            claim("2024-11", "2024-12", new SourceRef("s", "https://example.org/a", "A", null, null), Rating.MISLEADING),
            claim("2024-11-15", null, new SourceRef("s", "urn:x:y", "Seed", null, null), Rating.ACCURATE)), null);

    private static Claim claim(String date, String endDate, SourceRef source, Rating rating) {
        return new Claim("0123456789abcdef0123456789abcdef", "t", "Said " + date, EventDate.parse(date),
                endDate == null ? null : EventDate.parse(endDate), source == null ? null : "Someone", source,
                source == null ? null : "quoted", false, ClaimStatus.REVIEWED, "fc", Instant.EPOCH, 2,
                List.of(new Review("ed", rating, "Why.", List.of(new Evidence("https://example.org/e", "E")),
                        Instant.parse("2024-11-17T10:00:00Z"))), "h");
    }

    private static JsonSchema schema(String name) {
        ObjectNode root = ProjectFiles.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        root.set("components", ProjectFiles.openApi().path("components").deepCopy());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static JsonNode render(TimelineFormat format) throws IOException {
        return ProjectFiles.JSON.readTree(format.render(PAGE, SETTINGS, LINKS).body());
    }

    @Test
    void timelineJs_matchesItsOpenApiSchema() throws IOException {
        Set<ValidationMessage> errors = schema("TimelineJs").validate(render(TimelineFormat.TIMELINEJS));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void claimReview_matchesItsOpenApiSchema() throws IOException {
        JsonNode reviews = render(TimelineFormat.CLAIMREVIEW);
        assertFalse(reviews.isEmpty());
        for (JsonNode review : reviews) {
            Set<ValidationMessage> errors = schema("ClaimReview").validate(review);
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    @Test
    void json_matchesItsOpenApiSchema() throws IOException {
        Set<ValidationMessage> errors = schema("Timeline").validate(render(TimelineFormat.JSON));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void schemaCheck_seesAFieldTheSchemaDoesNotKnow() throws IOException {
        ObjectNode slide = (ObjectNode) render(TimelineFormat.TIMELINEJS).get("events").get(0);
        slide.put("media", "x");
        assertFalse(schema("TimelineJsSlide").validate(slide).isEmpty(), "or the schema check checks nothing");
    }
}
