package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Content types the fuzzer sent: each is refused with a 415, never an exception of the parser. */
class ApiRequestContentTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {";", ";;;", " ; ", ";charset=utf-8", "=", "text/json"})
    void jsonBody_withAContentTypeThatIsNotJson_isUnsupportedMediaType(String contentType) {
        ApiRequest request = new ApiRequest(APIGatewayV2HTTPEvent.builder()
                .withHeaders(Map.of("content-type", contentType)).withBody("{}").build());
        var e = assertThrows(HttpRefusal.class, request::jsonObjectBody);
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.type());
    }
}
