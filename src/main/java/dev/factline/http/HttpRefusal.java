package dev.factline.http;

/**
 * A request refused for a reason only HTTP has (a method the route lacks, a body too large or
 * of the wrong media type, a missing If-Match): the services never see one. Like a
 * {@link dev.factline.service.FactlineException}, its detail is fit for the caller.
 */
public final class HttpRefusal extends RuntimeException {

    private final ProblemType type;

    public HttpRefusal(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }
}
