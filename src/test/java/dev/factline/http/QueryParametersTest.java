package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.factline.model.Rating;
import dev.factline.model.Topics;
import dev.factline.service.FactlineException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParametersTest {

    private static final String RULE = "each must be one of " + Rating.wireNames();

    private static QueryParameters query(Map<String, String> values) {
        return new QueryParameters(values, Set.of("topic", "rating", "format"));
    }

    private static String refusal(Runnable read) {
        FactlineException e = assertThrows(FactlineException.class, read::run);
        assertEquals(FactlineException.Reason.BAD_REQUEST, e.reason());
        return e.detail();
    }

    @Test
    void unknownParameter_isRefusedNamingTheKnownOnes() {
        assertEquals("query parameter colour: is not a parameter of this route; known: format, rating, topic",
                refusal(() -> query(Map.of("colour", "red"))));
    }

    @Test
    void required_whenAbsentOrBreakingItsRule_isRefusedNamingTheQueryParameter() {
        assertEquals("query parameter topic: is required",
                refusal(() -> query(Map.of()).required("topic", Topics::isValid, Topics.RULE)));
        assertEquals("query parameter topic: " + Topics.RULE,
                refusal(() -> query(Map.of("topic", "Not A Topic")).required("topic", Topics::isValid, Topics.RULE)));
        assertEquals("apec-2024", query(Map.of("topic", "apec-2024")).required("topic", Topics::isValid, Topics.RULE));
    }

    @Test
    void oneOf_isTheDefaultWhenAbsent_theNamedValue_orA400() {
        assertEquals(TimelineFormat.JSON, query(Map.of()).oneOf("format", TimelineFormat.JSON,
                TimelineFormat::fromWireName, "bad"));
        assertEquals(TimelineFormat.TIMELINEJS, query(Map.of("format", "timelinejs")).oneOf("format",
                TimelineFormat.JSON, TimelineFormat::fromWireName, "bad"));
        assertEquals("query parameter format: bad", refusal(() -> query(Map.of("format", "xml"))
                .oneOf("format", TimelineFormat.JSON, TimelineFormat::fromWireName, "bad")));
    }

    @Test
    void setOf_readsACommaSeparatedList_andRefusesItIfOneNameIsUnknown() {
        assertEquals(Set.of(Rating.FALSE, Rating.ACCURATE), query(Map.of("rating", "false, accurate"))
                .setOf("rating", Rating::fromWireName, RULE));
        assertEquals(Set.of(), query(Map.of()).setOf("rating", Rating::fromWireName, RULE));
        assertEquals("query parameter rating: " + RULE, refusal(() -> query(Map.of("rating", "false,nope"))
                .setOf("rating", Rating::fromWireName, RULE)));
    }

    @Test
    void pathParameter_breakingItsRule_isRefusedNamingThePathParameter() {
        ApiRequest request = new ApiRequest(APIGatewayV2HTTPEvent.builder()
                .withPathParameters(Map.of("topic", "Not A Topic")).build());
        assertEquals("path parameter topic: " + Topics.RULE,
                refusal(() -> request.pathParameter("topic", Topics::isValid, Topics.RULE)));
    }
}
