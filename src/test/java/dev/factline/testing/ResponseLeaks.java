package dev.factline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a response for what must never leave Factline: internal attributes (keys, index
 * attributes, fingerprints), exception text and class names, tokens and raw claims. Every
 * response of the integration suites goes through here.
 */
public final class ResponseLeaks {

    /** {@code withdrawnAt} is public: the 410 of a withdrawn claim's page states it; who withdrew is not. */
    static final Set<String> INTERNAL_FIELDS = Set.of("pk", "sk", "pendingTopic", "reviewedTopic", "withdrawnTopic",
            "timelineSortKey", "queueSortKey", "requestHash", "contentHash", "withdrawnBy",
            "claims", "authorizer", "jwt", "stackTrace", "exception", "cause");
    private static final List<Pattern> FORBIDDEN_TEXT = List.of(
            Pattern.compile("Exception\\b"), Pattern.compile("at [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\("),
            Pattern.compile("\\b(java|javax|jdk|sun|dev\\.factline|software\\.amazon|com\\.fasterxml|com\\.amazonaws)\\.[a-z]"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
            Pattern.compile("cognito:groups"), Pattern.compile("CLAIM#|SOURCE#"));
    private static final AtomicLong CHECKED = new AtomicLong();

    private ResponseLeaks() {
    }

    /** How many responses were checked in this JVM so far. */
    public static long checked() {
        return CHECKED.get();
    }

    public static void assertClean(Map<String, String> headers, String body) {
        List<String> leaks = find(headers, body);
        if (!leaks.isEmpty()) {
            fail("response leaks " + leaks + ": " + body);
        }
        CHECKED.incrementAndGet();
    }

    static List<String> find(Map<String, String> headers, String body) {
        List<String> leaks = new ArrayList<>();
        String all = (headers == null ? "" : headers.toString()) + "\n" + (body == null ? "" : body);
        for (Pattern pattern : FORBIDDEN_TEXT) {
            if (pattern.matcher(all).find()) {
                leaks.add(pattern.pattern());
            }
        }
        if (body != null && !body.isEmpty()) {
            try {
                walk(Json.MAPPER.readTree(body), leaks);
            } catch (IOException notJson) {
                // Bodies that are not JSON (the widget's files) have no fields to walk.
                return leaks;
            }
        }
        return leaks;
    }

    private static void walk(JsonNode node, List<String> leaks) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (INTERNAL_FIELDS.contains(field.getKey())) {
                    leaks.add("field " + field.getKey());
                }
                walk(field.getValue(), leaks);
            }
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, leaks));
        }
    }
}
