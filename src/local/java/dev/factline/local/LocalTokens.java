package dev.factline.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.http.Json;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Local bearer tokens: minted for the {@code token} command and read back as API Gateway's
 * JWT authorizer would hand them on. Signatures are made but never checked: local only.
 */
public final class LocalTokens {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final byte[] LOCAL_KEY = "factline-local-signing-key-not-a-secret".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;

    public LocalTokens(Clock clock) {
        this.clock = clock;
    }

    /** A JWT for {@code user} in {@code groups}, shaped like a Cognito access token. */
    public String mint(String user, List<String> groups) {
        return sign(payload(user, groups).put("username", user).put("token_use", "access"));
    }

    /** A JWT shaped like a Cognito ID token for {@code clientId}: what the desk reads the user's name from. */
    public String mintId(String user, List<String> groups, String clientId) {
        return sign(payload(user, groups).put("cognito:username", user).put("aud", clientId).put("token_use", "id"));
    }

    private ObjectNode payload(String user, List<String> groups) {
        long now = clock.instant().getEpochSecond();
        ObjectNode payload = Json.MAPPER.createObjectNode()
                .put("sub", user)
                .put("iss", "factline-local")
                .put("iat", now)
                .put("exp", now + LIFETIME.toSeconds());
        groups.forEach(payload.putArray("cognito:groups")::add);
        return payload;
    }

    private static String sign(ObjectNode payload) {
        ObjectNode header = Json.MAPPER.createObjectNode().put("alg", "HS256").put("typ", "JWT");
        String signingInput = encode(header) + "." + encode(payload);
        return signingInput + "." + B64.encodeToString(hmac(signingInput));
    }

    /**
     * Why a request's token is refused, as API Gateway's JWT authorizer says it: the
     * {@code WWW-Authenticate} challenge (RFC 6750) and a sentence for the problem body.
     */
    public record Refusal(String challenge, String detail) {
        static Refusal missing() {
            return new Refusal("Bearer realm=\"factline\"",
                    "no Authorization header: send Authorization: Bearer <token> (the token command makes one)");
        }

        static Refusal notBearer() {
            return new Refusal("Bearer error=\"invalid_request\", error_description=\"the Authorization header must use the Bearer scheme\"",
                    "the Authorization header must be Bearer <token>");
        }

        static Refusal malformed() {
            return new Refusal("Bearer error=\"invalid_token\", error_description=\"the token is not a well-formed JWT\"",
                    "the bearer token is not a well-formed JWT with a subject");
        }

        static Refusal expired() {
            return new Refusal("Bearer error=\"invalid_token\", error_description=\"the token has expired\"",
                    "the bearer token has expired; get a new one");
        }
    }

    /** The claims of a usable token, or why it is refused: exactly one of the two is present. */
    public record Checked(Optional<Map<String, String>> claims, Optional<Refusal> refusal) {
    }

    /**
     * The token's claims as API Gateway passes them to a function: every value a string,
     * arrays flattened to {@code [a b]}. Empty when the token is unusable or expired.
     */
    public Optional<Map<String, String>> claims(String authorizationHeader) {
        return check(authorizationHeader).claims();
    }

    /** {@link #claims(String)}, or the reason the token is refused. */
    public Checked check(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            return refused(Refusal.missing());
        }
        if (!authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refused(Refusal.notBearer());
        }
        String[] parts = authorizationHeader.substring(7).strip().split("\\.", -1);
        if (parts.length != 3) {
            return refused(Refusal.malformed());
        }
        JsonNode payload;
        try {
            payload = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            return refused(Refusal.malformed());
        }
        if (payload == null || !payload.isObject() || !payload.path("sub").isTextual()) {
            return refused(Refusal.malformed());
        }
        if (payload.has("exp") && payload.path("exp").asLong() < clock.instant().getEpochSecond()) {
            return refused(Refusal.expired());
        }
        Map<String, String> claims = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> claim = it.next();
            claims.put(claim.getKey(), flatten(claim.getValue()));
        }
        return new Checked(Optional.of(claims), Optional.empty());
    }

    private static Checked refused(Refusal refusal) {
        return new Checked(Optional.empty(), Optional.of(refusal));
    }

    private static String flatten(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(" ", "[", "]"));
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String encode(JsonNode node) {
        try {
            return B64.encodeToString(Json.MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a token part cannot be written as JSON", e);
        }
    }

    private static byte[] hmac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(LOCAL_KEY, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
