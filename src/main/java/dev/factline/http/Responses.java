package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.FieldError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds HTTP API responses: JSON bodies and RFC 9457 problems. */
public final class Responses {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json";
    static final int RETRY_AFTER_SECONDS = 1;

    private Responses() {
    }

    /** An RFC 9457 problem body; {@code errors} lists the fields at fault, when there are any. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return json(status, body, Map.of());
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", JSON);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(all)
                .withBody(write(body))
                .withIsBase64Encoded(false)
                .build();
    }

    public static APIGatewayV2HTTPResponse problem(FactlineException e) {
        return problem(ProblemType.of(e.reason()), e.detail(), e.errors());
    }

    public static APIGatewayV2HTTPResponse problem(HttpRefusal e) {
        return problem(e.type(), e.detail(), List.of());
    }

    private static APIGatewayV2HTTPResponse problem(ProblemType type, String detail, List<FieldError> errors) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", PROBLEM_JSON);
        if (type == ProblemType.UNAVAILABLE) {
            headers.put("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        if (type == ProblemType.UNAUTHENTICATED) {
            headers.put("WWW-Authenticate", "Bearer");
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(type.status)
                .withHeaders(headers)
                .withBody(write(new Problem(type.uri(), type.title, type.status, detail, errors)))
                .withIsBase64Encoded(false)
                .build();
    }

    /** For failures that are Factline's own: the cause goes to the log, never to the caller. */
    public static APIGatewayV2HTTPResponse internalError() {
        Problem problem = new Problem("urn:factline:problem:internal", "Internal error", 500,
                "something went wrong on our side; it has been logged", List.of());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(500)
                .withHeaders(Map.of("Content-Type", PROBLEM_JSON))
                .withBody(write(problem))
                .withIsBase64Encoded(false)
                .build();
    }

    private static String write(Object body) {
        try {
            return Json.write(Json.MAPPER.writer(), body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body " + body.getClass().getSimpleName()
                    + " cannot be written as JSON", e);
        }
    }
}
