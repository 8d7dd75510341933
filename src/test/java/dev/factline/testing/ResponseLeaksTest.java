package dev.factline.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseLeaksTest {

    @Test
    void cleanResponse_hasNoLeaks() {
        assertEquals(List.of(), ResponseLeaks.find(Map.of("Content-Type", "application/json"),
                "{\"id\":\"abc\",\"statement\":\"Biden met Xi.\",\"source\":{\"url\":\"urn:x:y\"}}"));
    }

    @Test
    void internalAttributes_exceptionText_tokensAndClaims_areFound() {
        assertTrue(ResponseLeaks.find(Map.of(), "{\"items\":[{\"pk\":\"CLAIM#1\"}]}").contains("field pk"));
        assertTrue(!ResponseLeaks.find(Map.of(), "{\"detail\":\"java.lang.IllegalStateException: x\"}").isEmpty());
        assertTrue(!ResponseLeaks.find(Map.of(), "{\"detail\":\"\\tat dev.factline.Foo.bar(Foo.java:1)\"}").isEmpty());
        assertTrue(!ResponseLeaks.find(Map.of("X-Debug", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.sig"), "{}").isEmpty());
        assertTrue(!ResponseLeaks.find(Map.of(), "{\"who\":{\"cognito:groups\":\"[editors]\"}}").isEmpty());
        assertTrue(ResponseLeaks.find(Map.of(), "{\"requestHash\":\"x\"}").contains("field requestHash"));
    }
}
