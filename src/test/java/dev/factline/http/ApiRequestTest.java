package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiRequestTest {

    private static ApiRequest request(Map<String, String> headers, String body) {
        return new ApiRequest(APIGatewayV2HTTPEvent.builder().withHeaders(headers).withBody(body).build());
    }

    @Test
    void ifMatch_readsTheQuotedVersion() {
        assertEquals(7, request(Map.of("if-match", "\"7\""), null).ifMatchVersion());
        assertEquals(7, request(Map.of("If-Match", " \"7\" "), null).ifMatchVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"7\"", "*", "\"0\"", "\"-1\"", "\"abc\"", "\"1\", \"2\""})
    void ifMatch_thatNamesNoVersion_matchesNothing(String value) {
        assertEquals(ClaimETag.NO_VERSION, request(Map.of("if-match", value), null).ifMatchVersion());
    }

    @Test
    void ifMatch_aBareNumber_isRefusedSayingToQuoteIt() {
        var e = assertThrows(HttpRefusal.class, () -> request(Map.of("if-match", "7"), null).ifMatchVersion());
        assertEquals(412, e.type().status);
        assertTrue(e.detail().contains("e.g. \"7\""), e.detail());
    }

    @Test
    void ifMatch_missing_isPreconditionRequired() {
        var e = assertThrows(HttpRefusal.class, () -> request(Map.of(), null).ifMatchVersion());
        assertEquals(ProblemType.PRECONDITION_REQUIRED, e.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""})
    void jsonBody_acceptsJsonInUtf8(String contentType) {
        assertEquals("b", request(Map.of("content-type", contentType), "{\"a\": \"b\"}").jsonObjectBody().get("a").asText());
    }

    @Test
    void jsonBody_nestedTooDeeply_isABadRequest() {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        var e = assertThrows(FactlineException.class,
                () -> request(Map.of("content-type", "application/json"), deep).jsonObjectBody());
        assertEquals(Reason.BAD_REQUEST, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{\"a\": NaN}", "{'a': 1}", "null", "\"text\"", "{\"a\": 1,}"})
    void jsonBody_thatIsNotOneJsonObject_isABadRequest(String body) {
        var e = assertThrows(FactlineException.class,
                () -> request(Map.of("content-type", "application/json"), body).jsonObjectBody());
        assertEquals(Reason.BAD_REQUEST, e.reason());
    }

    @Test
    void jsonBody_base64Invalid_isABadRequest() {
        var event = APIGatewayV2HTTPEvent.builder().withHeaders(Map.of("content-type", "application/json"))
                .withBody("***").withIsBase64Encoded(true).build();
        var e = assertThrows(FactlineException.class, () -> new ApiRequest(event).jsonObjectBody());
        assertEquals(Reason.BAD_REQUEST, e.reason());
    }

    @Test
    void publicBaseUrl_isTheDomainReached_withItsSchemeAndANamedStageInThePath() {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withDomainName("abc.execute-api.eu-west-1.amazonaws.com")
                .withStage("v1").build();
        var staged = APIGatewayV2HTTPEvent.builder().withRequestContext(context).withRawPath("/v1/timelines/t")
                .withHeaders(java.util.Map.of("x-forwarded-proto", "https")).build();
        assertEquals("https://abc.execute-api.eu-west-1.amazonaws.com/v1", new ApiRequest(staged).publicBaseUrl());

        var customDomain = APIGatewayV2HTTPEvent.builder().withRequestContext(context).withRawPath("/timelines/t")
                .build();
        assertEquals("https://abc.execute-api.eu-west-1.amazonaws.com", new ApiRequest(customDomain).publicBaseUrl());

        var local = APIGatewayV2HTTPEvent.builder().withRawPath("/timelines/t")
                .withHeaders(java.util.Map.of("Host", "127.0.0.1:3000", "X-Forwarded-Proto", "http")).build();
        assertEquals("http://127.0.0.1:3000", new ApiRequest(local).publicBaseUrl());

        var hostile = APIGatewayV2HTTPEvent.builder().withRawPath("/timelines/t")
                .withHeaders(java.util.Map.of("Host", "evil.example/\"><script>", "X-Forwarded-Proto", "javascript"))
                .build();
        assertEquals("https://localhost", new ApiRequest(hostile).publicBaseUrl());
    }
}
