package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * HTTP caching for the public route: a strong ETag computed from the exact bytes of the body,
 * so it changes whenever anything shown on the page changes (a review, a withdrawal, a new
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

    /** 200 with the body, or 304 without one when {@code If-None-Match} names its ETag. */
    public static APIGatewayV2HTTPResponse respond(ApiRequest request, Representation representation,
                                                   int maxAgeSeconds) {
        String etag = etag(representation.body());
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
