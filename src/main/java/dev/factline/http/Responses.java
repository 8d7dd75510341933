package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.FieldError;
import dev.factline.service.FactlineException.Reason;

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
        ProblemType type = ProblemType.of(e.reason());
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", PROBLEM_JSON);
        if (e.reason() == Reason.UNAVAILABLE) {
            headers.put("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        if (e.reason() == Reason.UNAUTHENTICATED) {
            headers.put("WWW-Authenticate", "Bearer");
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(type.status)
                .withHeaders(headers)
                .withBody(write(new Problem(type.uri(), type.title, type.status, e.detail(), e.errors())))
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
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body " + body.getClass().getSimpleName()
                    + " cannot be written as JSON", e);
        }
    }

    /** Status, type URI suffix and title of each reason a request fails. */
    enum ProblemType {
        BAD_REQUEST(400, "bad-request", "Bad request"),
        UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
        FORBIDDEN(403, "forbidden", "Forbidden"),
        NOT_FOUND(404, "not-found", "Not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
        CONFLICT(409, "conflict", "Conflict"),
        PRECONDITION_FAILED(412, "precondition-failed", "Version mismatch"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Body too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
        VALIDATION(422, "validation", "Invalid request"),
        PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required"),
        UNAVAILABLE(503, "unavailable", "Service unavailable");

        final int status;
        final String slug;
        final String title;

        ProblemType(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        String uri() {
            return "urn:factline:problem:" + slug;
        }

        static ProblemType of(Reason reason) {
            return valueOf(reason.name());
        }
    }
}
