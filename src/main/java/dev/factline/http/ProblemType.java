package dev.factline.http;

import dev.factline.service.FactlineException.Reason;

/** Every kind of RFC 9457 problem Factline answers with: its status, type URI suffix and title. */
public enum ProblemType {
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

    /** The problem a request refused by Factline's rules answers with. */
    static ProblemType of(Reason reason) {
        return switch (reason) {
            case BAD_REQUEST -> BAD_REQUEST;
            case UNAUTHENTICATED -> UNAUTHENTICATED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case PRECONDITION_FAILED -> PRECONDITION_FAILED;
            case VALIDATION -> VALIDATION;
            case UNAVAILABLE -> UNAVAILABLE;
        };
    }
}
