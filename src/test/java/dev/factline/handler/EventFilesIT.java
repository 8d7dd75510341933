package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.factline.testing.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every file in events/ (the ones the README hands to {@code sam local invoke}), loaded the way
 * the Lambda runtime deserializes them and run through its handler in the order they build on
 * each other.
 */
@ExtendWith(FreshApi.class)
class EventFilesIT {

    @Test
    void everyEventFile_goesThroughItsHandler_withTheExpectedStatus(TestApi api) {
        EventFiles.IN_ORDER.forEach((file, expected) -> {
            APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + file);
            APIGatewayV2HTTPResponse response = api.handler(expected.functionId()).handleRequest(event, null);
            assertEquals(expected.status(), response.getStatusCode(), file + ": " + response.getBody());
        });
    }
}
