package dev.factline.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Event JSON to event classes and back, with the serializers the Lambda Java runtime uses. */
final class LambdaEvents {

    private static final ClassLoader LOADER = LambdaEvents.class.getClassLoader();
    private static final PojoSerializer<APIGatewayV2HTTPEvent> EVENTS =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, LOADER);
    private static final PojoSerializer<APIGatewayV2HTTPResponse> RESPONSES =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, LOADER);

    private LambdaEvents() {
    }

    static APIGatewayV2HTTPEvent event(String json) {
        return EVENTS.fromJson(json);
    }

    static APIGatewayV2HTTPEvent event(InputStream json) {
        return EVENTS.fromJson(json);
    }

    static String json(APIGatewayV2HTTPResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RESPONSES.toJson(response, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
