package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.factline.service.ClaimService;
import dev.factline.service.SourceService;
import dev.factline.service.TimelineService;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every file in events/ (the ones the README hands to {@code sam local invoke}), loaded the way
 * the Lambda runtime deserializes them and run through its handler in the order they build on
 * each other.
 */
@ExtendWith(DynamoDbEngine.class)
class EventFilesIT {

    @Test
    void everyEventFile_goesThroughItsHandler_withTheExpectedStatus(TestTable table) {
        var store = new DynamoDbFactlineStore(table.client(), table.name());
        var sources = new SourceService(store, Clock.systemUTC());
        var claims = new ClaimService(store, Clock.systemUTC());
        Map<String, Map.Entry<ApiHandler, Integer>> expected = new LinkedHashMap<>();
        expected.put("create-source.json", Map.entry(new CreateSourceHandler(sources), 201));
        expected.put("get-source.json", Map.entry(new GetSourceHandler(sources), 200));
        expected.put("submit-claim.json", Map.entry(new SubmitClaimHandler(claims), 201));
        expected.put("get-claim.json", Map.entry(new GetClaimHandler(claims), 200));
        expected.put("list-claims.json", Map.entry(new ListClaimsHandler(claims), 200));
        expected.put("review-claim.json", Map.entry(new ReviewClaimHandler(claims), 201));
        expected.put("get-timeline.json", Map.entry(new GetTimelineHandler(new TimelineService(store)), 200));
        expected.put("withdraw-claim.json", Map.entry(new WithdrawClaimHandler(claims), 200));

        expected.forEach((file, handlerAndStatus) -> {
            APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + file);
            APIGatewayV2HTTPResponse response = handlerAndStatus.getKey().handleRequest(event, null);
            assertEquals(handlerAndStatus.getValue(), response.getStatusCode(), file + ": " + response.getBody());
        });
    }
}
