package dev.factline.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factline.store.dynamodb.DynamoDbClients;
import dev.factline.store.dynamodb.DynamoDbSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The SDK floor: the least a Java Lambda handler on DynamoDB can do. One GetItem with the
 * client Factline builds ({@link DynamoDbClients}) and one Jackson write, loaded and invoked
 * through the same runtime path as Factline's handlers, so the harness's cost cancels out.
 */
public final class SdkFloorHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final DynamoDbSettings SETTINGS = DynamoDbSettings.fromEnvironment(System.getenv());
    private static final DynamoDbClient CLIENT = DynamoDbClients.create(SETTINGS);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String id = event.getPathParameters().get("id");
        Map<String, AttributeValue> item = CLIENT.getItem(b -> b.tableName(SETTINGS.tableName())
                .key(Map.of("pk", AttributeValue.fromS("CLAIM#" + id), "sk", AttributeValue.fromS("CLAIM")))
                .consistentRead(true)).item();
        try {
            String body = MAPPER.writeValueAsString(Map.of("id", id, "found", item != null && !item.isEmpty()));
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody(body).build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
