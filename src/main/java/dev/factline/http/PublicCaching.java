package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.factline.model.Claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * HTTP caching for the public routes: a strong ETag computed from what a page is made of
 * ({@link #determinants}; hashing the 50 kB body itself took most of a request's time under
 * Lambda's C1-only JIT, which has no SHA-256 intrinsic), so it changes whenever anything shown
 * on the page changes (a review, a withdrawal, a new
 * event, another format); {@code If-None-Match} answered with a 304; shared caches allowed for
 * the configured max-age; and CORS open to every origin on every answer, 304s and problems too.
 */
public final class PublicCaching {

    public static final String ANY_ORIGIN = "*";

    private PublicCaching() {
    }

    /** A body and its media type. */
    public record Representation(String contentType, String body) {
    }

    /**
     * Who renders: the published function version in Lambda (a new version for any new code),
     * a fresh value per process elsewhere, so that no ETag outlives the code that made it.
     */
    private static final String RENDERER = renderer(System.getenv("AWS_LAMBDA_FUNCTION_NAME"),
            System.getenv("AWS_LAMBDA_FUNCTION_VERSION"));

    static String renderer(String function, String version) {
        return function != null && version != null && !version.equals("$LATEST")
                ? function + ":" + version : "process:" + java.util.UUID.randomUUID();
    }

    /**
     * Everything a public page is made of, as text: the code that renders it, the route and
     * format, the host it is reached by and the publisher settings (its links and its author),
     * the topic, the next page's cursor, and each claim by id and version. A claim never changes
     * without its version going up, so this changes whenever the page's body does, and hashing
     * it costs a few hundred bytes instead of the whole body.
     */
    public static String determinants(String route, String format, PublicTimelineSettings settings, ClaimLinks links,
                                      String topic, String nextCursor, List<Claim> claims) {
        StringBuilder out = new StringBuilder(128 + 40 * claims.size());
        out.append(RENDERER).append('\n').append(route).append('\n').append(format).append('\n')
                .append(links.apiBaseUrl()).append('\n').append(settings.publisherName()).append('\n')
                .append(settings.publisherUrl()).append('\n').append(settings.pageUrlPattern()).append('\n')
                .append(topic).append('\n').append(nextCursor).append('\n');
        for (Claim claim : claims) {
            out.append(claim.id()).append(' ').append(claim.version()).append('\n');
        }
        return out.toString();
    }

    /**
     * 200 with the body, or 304 without one when {@code If-None-Match} names the ETag of the
     * page's {@link #determinants}; the body is rendered only when no page with that ETag was
     * {@link RenderedPages kept}.
     */
    public static APIGatewayV2HTTPResponse respond(ApiRequest request, String determinants,
                                                   Supplier<Representation> render, RenderedPages rendered,
                                                   int maxAgeSeconds) {
        String etag = etag(determinants);
        Map<String, String> headers = new HashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", "public, max-age=" + maxAgeSeconds);
        headers.put("Access-Control-Allow-Origin", ANY_ORIGIN);
        boolean notModified = request.header("If-None-Match").map(value -> matches(value, etag)).orElse(false);
        if (notModified) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(304)
                    .withHeaders(headers)
                    .withIsBase64Encoded(false)
                    .build();
        }
        Representation representation = rendered.get(etag);
        if (representation == null) {
            representation = render.get();
            rendered.put(etag, representation);
        }
        headers.put("Content-Type", representation.contentType());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(headers)
                .withBody(representation.body())
                .withIsBase64Encoded(false)
                .build();
    }

    /**
     * Headers of the route's problem responses: CORS open, so the embedding page can read
     * them; a 4xx depends only on the URL and may be cached like a page, a 5xx must not be.
     */
    public static Map<String, String> problemHeaders(int status, int maxAgeSeconds) {
        return Map.of("Access-Control-Allow-Origin", ANY_ORIGIN,
                "Cache-Control", status < 500 ? "public, max-age=" + maxAgeSeconds : "no-store");
    }

    /** {@code "<base64url of the SHA-256 of the UTF-8 body>"}. */
    static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * RFC 9110 §13.1.2: {@code *} matches any current representation; otherwise a list of
     * entity tags compared weakly, so {@code W/"x"} matches {@code "x"}.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        String value = ifNoneMatch.strip();
        if (value.equals("*")) {
            return true;
        }
        for (String candidate : value.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
