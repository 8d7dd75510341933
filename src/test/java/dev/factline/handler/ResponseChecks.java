package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every response to any input must be: an answer below 500, a clean RFC 9457 problem when refused. */
final class ResponseChecks {

    /** Traces of an exception or of the code: none of them belongs in a response unless the caller sent it. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [\\w$.]+\\("),
            Pattern.compile("\\b(?:java|javax|jdk|sun|com\\.fasterxml|com\\.amazonaws|software\\.amazon"
                    + "|dev\\.factline|org\\.junit)\\.[A-Za-z_$]"),
            Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b"),
            Pattern.compile("\\[Source: "),
            Pattern.compile("line: \\d+, column: \\d+"),
            Pattern.compile("\\(code \\d+\\)"));

    private ResponseChecks() {
    }

    /**
     * @param callerText everything the request carried; a response may repeat the caller's own words
     */
    static void assertAnswered(APIGatewayV2HTTPResponse response, String callerText) {
        assertNotNull(response, "a response");
        int status = response.getStatusCode();
        assertTrue(status >= 200 && status < 500, () -> "status " + status + ": " + response.getBody());
        String contentType = header(response.getHeaders(), "Content-Type");
        if (status == 304) {
            assertNull(response.getBody(), "a 304 has no body");
            return;
        }
        if (status < 300 && "text/html; charset=utf-8".equals(contentType)) {
            assertTrue(response.getBody().startsWith("<!doctype html>"), "a claim page");
            return;
        }
        JsonNode body = parse(response.getBody());
        if (status < 300) {
            assertTrue(List.of("application/json; charset=utf-8", "application/ld+json").contains(contentType),
                    () -> "a JSON media type, not " + contentType);
            return;
        }
        assertEquals("application/problem+json", contentType, () -> "problem media type for " + status);
        assertTrue(body.isObject(), "a problem is a JSON object");
        for (String member : List.of("type", "title", "detail")) {
            assertTrue(body.path(member).isTextual() && !body.path(member).asText().isBlank(),
                    () -> "problem member " + member + " in " + response.getBody());
        }
        assertEquals(status, body.path("status").asInt(-1), "problem status equals the response status");
        for (Pattern leak : LEAKS) {
            Matcher m = leak.matcher(response.getBody());
            while (m.find()) {
                if (!callerText.contains(m.group())) {
                    fail("response leaks '" + m.group() + "': " + response.getBody());
                }
            }
        }
    }

    private static String header(Map<String, String> headers, String name) {
        assertNotNull(headers, "response headers");
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static JsonNode parse(String body) {
        assertNotNull(body, "a response body");
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("the response body is not JSON: " + body, e);
        }
    }
}
