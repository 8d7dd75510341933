package dev.factline.local;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTokensTest {

    private final LocalTokens tokens = new LocalTokens(Clock.fixed(Instant.parse("2024-11-16T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void mintedToken_readsBackAsApiGatewayClaims_withGroupsFlattened() {
        var claims = tokens.claims("Bearer " + tokens.mint("alice", List.of("editors", "fact-checkers"))).orElseThrow();
        assertEquals("alice", claims.get("sub"));
        assertEquals("[editors fact-checkers]", claims.get("cognito:groups"));
        assertEquals(Long.toString(Instant.parse("2024-11-16T22:00:00Z").getEpochSecond()), claims.get("exp"));
    }

    @Test
    void unusableTokens_giveNoClaims() {
        assertTrue(tokens.claims(null).isEmpty());
        assertTrue(tokens.claims("Basic abc").isEmpty());
        assertTrue(tokens.claims("Bearer a.b").isEmpty());
        assertTrue(tokens.claims("Bearer a.%%%.c").isEmpty());
        assertTrue(tokens.claims("Bearer a." + b64("[1]") + ".c").isEmpty());
        assertTrue(tokens.claims("Bearer a." + b64("{\"groups\":\"x\"}") + ".c").isEmpty(), "no sub");
        assertTrue(tokens.claims("Bearer a." + b64("{\"sub\":\"a\",\"exp\":1731700000}") + ".c").isEmpty(), "expired");
    }

    @Test
    void signature_isNotChecked_locally() {
        String token = tokens.mint("alice", List.of());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "forged";
        assertEquals("alice", tokens.claims("Bearer " + forged).orElseThrow().get("sub"));
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
    }
}
