package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.factline.service.ClaimService;
import dev.factline.service.SourceService;
import dev.factline.service.TimelineService;
import dev.factline.service.candidates.CandidateService;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.EventFiles;
import dev.factline.testing.TestCursors;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
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
        var claims = new ClaimService(store, Clock.systemUTC(), TestCursors.CURSORS);
        Map<String, ApiHandler> handlers = Map.of(
                "CreateSourceFunction", new CreateSourceHandler(sources),
                "GetSourceFunction", new GetSourceHandler(sources),
                "ProposeCandidatesFunction", new ProposeCandidatesHandler(new CandidateService(sources)),
                "SubmitClaimFunction", new SubmitClaimHandler(claims),
                "GetClaimFunction", new GetClaimHandler(claims),
                "ListClaimsFunction", new ListClaimsHandler(claims),
                "ReviewClaimFunction", new ReviewClaimHandler(claims),
                "GetTimelineFunction", new GetTimelineHandler(new TimelineService(store, TestCursors.CURSORS),
                        TestApi.SETTINGS),
                "WithdrawClaimFunction", new WithdrawClaimHandler(claims));

        EventFiles.IN_ORDER.forEach((file, expected) -> {
            APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + file);
            APIGatewayV2HTTPResponse response = handlers.get(expected.functionId()).handleRequest(event, null);
            assertEquals(expected.status(), response.getStatusCode(), file + ": " + response.getBody());
        });
    }
}
