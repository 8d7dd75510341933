package dev.factline.service;

import java.util.List;

/**
 * A request Factline refuses, with a message fit for the caller. The HTTP layer turns the
 * reason into a status and an RFC 9457 problem; nothing else about the failure leaks out.
 */
public class FactlineException extends RuntimeException {

    /** Why, in the rules' terms; what only HTTP refuses is the http package's own (HttpRefusal). */
    public enum Reason {
        BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, VALIDATION, UNAVAILABLE
    }

    /** One field that broke a rule; {@code field} is a JSON path such as {@code evidence[0].url}. */
    public record FieldError(String field, String message) {
    }

    private final Reason reason;
    private final List<FieldError> errors;

    public FactlineException(Reason reason, String detail) {
        this(reason, detail, List.of());
    }

    public FactlineException(Reason reason, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public static FactlineException invalid(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String detail = first.field() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return new FactlineException(Reason.VALIDATION, detail, errors);
    }

    public static FactlineException notFound(String what) {
        return new FactlineException(Reason.NOT_FOUND, what + " not found");
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public String detail() {
        return getMessage();
    }
}
