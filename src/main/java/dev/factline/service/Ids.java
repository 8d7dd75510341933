package dev.factline.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Ids are 32 lower-case hex digits: random, or derived from what must map to one id. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The same parts always give the same id; the parts are length-prefixed so they cannot run together. */
    public static String derived(String... parts) {
        return sha256Hex(parts).substring(0, 32);
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String sha256Hex(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                String value = part == null ? "\u0000" : part;
                digest.update((value.length() + ":" + value + ";").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
