package dev.factline.service;

import dev.factline.model.Page;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Opaque page cursors. A cursor holds only the position after the last item, signed with
 * HMAC-SHA256 together with the query it came from. The topic and the index always come from
 * the request, so a cursor can neither open another topic nor reach unreviewed claims, and a
 * cursor that was altered or belongs to another query is refused.
 */
public final class Cursors {

    public static final String KEY_VARIABLE = "CURSOR_SIGNING_KEY";
    static final int MIN_KEY_LENGTH = 32;
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public Cursors(String signingKey) {
        if (signingKey == null || signingKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(KEY_VARIABLE + " must be set to a secret of at least " + MIN_KEY_LENGTH
                    + " characters; it signs page cursors");
        }
        this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public static Cursors fromEnvironment(Map<String, String> env) {
        return new Cursors(env.get(KEY_VARIABLE));
    }

    /**
     * @param query every parameter that selects the items (not limit), in a fixed order
     */
    public String encode(Page.Position position, String query) {
        String payload = position.value();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(query, payload));
    }

    /** @throws FactlineException 400 when the cursor was altered or belongs to another query */
    public Page.Position decode(String cursor, String query) {
        int dot = cursor.indexOf('.');
        if (dot < 0 || cursor.length() > 200) {
            throw invalid();
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // The cursor this query would have issued for that position, compared whole: base64 leaves
        // spare bits in a last character that decoding ignores, so only the exact text is ours.
        Page.Position position = new Page.Position(payload);
        if (!MessageDigest.isEqual(encode(position, query).getBytes(StandardCharsets.UTF_8),
                cursor.getBytes(StandardCharsets.UTF_8))) {
            throw invalid();
        }
        return position;
    }

    private byte[] mac(String query, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(query.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** The refusal of a cursor that is not one this query issued, or that holds no position of the store's. */
    public static FactlineException invalid() {
        return new FactlineException(FactlineException.Reason.BAD_REQUEST,
                "cursor is not a nextCursor of this query; start again without it");
    }
}
