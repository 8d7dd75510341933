package dev.factline.service;

import dev.factline.model.Page;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

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

    private final Supplier<Keys> keys;

    /**
     * The key that signs new cursors and, while a rotation settles, the one it replaced, whose
     * cursors still verify: a reader paging through a timeline is not sent back to page one.
     *
     * @param previous the key before the current one, or null
     */
    public record Keys(String current, String previous) {
        public Keys {
            requireKey(current, "the cursor signing key");
            if (previous != null) {
                requireKey(previous, "the previous cursor signing key");
            }
        }

        private static void requireKey(String key, String what) {
            if (key == null || key.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException(what + " must be a secret of at least " + MIN_KEY_LENGTH
                        + " characters; it signs page cursors");
            }
        }
    }

    public Cursors(String signingKey) {
        if (signingKey == null || signingKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(KEY_VARIABLE + " must be set to a secret of at least " + MIN_KEY_LENGTH
                    + " characters; it signs page cursors");
        }
        Keys fixed = new Keys(signingKey, null);
        this.keys = () -> fixed;
    }

    /** Over keys that may change while the instance runs: read on each use, so a rotation is seen. */
    public Cursors(Supplier<Keys> keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * @param query every parameter that selects the items (not limit), in a fixed order
     */
    public String encode(Page.Position position, String query) {
        return encode(position, query, keys.get().current());
    }

    private static String encode(Page.Position position, String query, String key) {
        String payload = position.value();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(key, query, payload));
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
        Keys current = keys.get();
        if (issued(cursor, position, query, current.current())
                || current.previous() != null && issued(cursor, position, query, current.previous())) {
            return position;
        }
        throw invalid();
    }

    private static boolean issued(String cursor, Page.Position position, String query, String key) {
        return MessageDigest.isEqual(encode(position, query, key).getBytes(StandardCharsets.UTF_8),
                cursor.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(String key, String query, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
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
