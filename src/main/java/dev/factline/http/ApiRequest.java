package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** An HTTP API (payload 2.0) request, read the way Factline's handlers need it. */
public final class ApiRequest {

    public static final int MAX_BODY_BYTES = Json.MAX_INPUT_BYTES;

    private final APIGatewayV2HTTPEvent event;

    public ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    /** @throws FactlineException 401 without authorizer claims carrying a subject */
    public Identity identity() {
        var context = event.getRequestContext();
        var authorizer = context == null ? null : context.getAuthorizer();
        var jwt = authorizer == null ? null : authorizer.getJwt();
        return Identity.fromClaims(jwt == null ? null : jwt.getClaims());
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return Optional.ofNullable(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Where the API was reached, for absolute links to its own pages: API Gateway's
     * {@code requestContext.domainName} (a custom domain or the execute-api one; the Host header
     * only when there is none), over the {@code X-Forwarded-Proto} it sets (https when absent),
     * then {@code /<stage>} when the request's path starts with its named stage (the execute-api
     * URL of a stage other than {@code $default}). A host that is not a plain host name (and
     * port) becomes {@code localhost}.
     */
    public String publicBaseUrl() {
        var context = event.getRequestContext();
        String host = context == null ? null : context.getDomainName();
        if (host == null || host.isBlank()) {
            host = header("Host").orElse("localhost");
        }
        if (!HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String scheme = header("X-Forwarded-Proto").map(p -> p.split(",")[0].strip())
                .filter(p -> p.equals("http") || p.equals("https")).orElse("https");
        String stage = context == null ? null : context.getStage();
        String rawPath = event.getRawPath();
        boolean staged = stage != null && !stage.equals("$default") && STAGE.matcher(stage).matches()
                && rawPath != null && rawPath.startsWith("/" + stage + "/");
        return scheme + "://" + host + (staged ? "/" + stage : "");
    }

    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::[0-9]{1,5})?");

    /** The path parameter, which API Gateway always supplies for the route's own template. */
    public String pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        String value = params == null ? null : params.get(name);
        if (value == null) {
            throw new FactlineException(Reason.NOT_FOUND, "no such resource");
        }
        return value;
    }

    /** A path parameter that must follow {@code rule}, e.g. a topic: a 400 naming the path parameter. */
    public String pathParameter(String name, Predicate<String> valid, String rule) {
        String value = pathParameter(name);
        if (!valid.test(value)) {
            throw QueryParameters.bad("path parameter", name, rule);
        }
        return value;
    }

    public QueryParameters query(Set<String> allowed) {
        return new QueryParameters(event.getQueryStringParameters(), allowed);
    }

    /**
     * The version the caller read, from {@code If-Match: "<version>"}.
     *
     * @return the version, or {@link ClaimETag#NO_VERSION} when the header names none, which matches nothing
     * @throws FactlineException 428 when the header is missing
     */
    public long ifMatchVersion() {
        String value = header("If-Match").map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw new HttpRefusal(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match is required: send the ETag of the claim you read");
        }
        long version = ClaimETag.version(value);
        if (version == ClaimETag.NO_VERSION && UNQUOTED_VERSION.matcher(value).matches()) {
            throw new HttpRefusal(ProblemType.PRECONDITION_FAILED, "If-Match must be the claim's ETag with its quotes,"
                    + " e.g. \"" + value.replaceAll("[^0-9]", "") + "\", as GET /claims/{id} returned it");
        }
        return version;
    }

    /** A version number sent without the quotes of an entity tag: a common slip, answered with how to fix it. */
    private static final java.util.regex.Pattern UNQUOTED_VERSION = java.util.regex.Pattern.compile("[0-9]{1,18}");

    /**
     * The body as a JSON object, after the checks the contract puts before any rule:
     * size (413), media type (415), well-formed JSON (400), an object (400).
     */
    public ObjectNode jsonObjectBody() {
        return optionalJsonObjectBody().orElseThrow(
                () -> new FactlineException(Reason.BAD_REQUEST, "a JSON object body is required"));
    }

    /** The body as {@link #jsonObjectBody()} reads it, or empty when there is none (absent or empty). */
    public Optional<ObjectNode> optionalJsonObjectBody() {
        String body = event.getBody();
        if (body == null || body.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = event.getIsBase64Encoded() ? decodeBase64(body) : body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new HttpRefusal(ProblemType.PAYLOAD_TOO_LARGE,
                    "the body is " + bytes.length + " bytes; at most " + MAX_BODY_BYTES + " are accepted");
        }
        requireJsonMediaType();
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new FactlineException(Reason.BAD_REQUEST, "the body passes a JSON limit: nesting deeper than "
                    + Json.MAX_NESTING_DEPTH + " levels, or a number or string that is too long");
        } catch (java.io.IOException e) {
            throw new FactlineException(Reason.BAD_REQUEST, "the body is not well-formed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new FactlineException(Reason.BAD_REQUEST, "the body must be a JSON object");
        }
        return Optional.of((ObjectNode) node);
    }

    private void requireJsonMediaType() {
        String contentType = header("Content-Type").orElse("");
        String[] parts = contentType.split(";", -1);
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean utf8 = true;
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].strip().split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset") && param.length == 2) {
                utf8 = param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8");
            }
        }
        if (!mediaType.equals("application/json") || !utf8) {
            throw new HttpRefusal(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as application/json (UTF-8)");
        }
    }

    private static byte[] decodeBase64(String body) {
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new FactlineException(Reason.BAD_REQUEST, "the body is not valid base64");
        }
    }
}
