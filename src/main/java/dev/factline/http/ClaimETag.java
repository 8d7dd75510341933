package dev.factline.http;

import dev.factline.model.Claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim's version as an HTTP entity tag, written on every claim response and read back from
 * {@code If-Match}: {@code "3"} for version 3.
 */
public final class ClaimETag {

    /** Not a version any claim can have: an If-Match that names none fails its condition. */
    public static final long NO_VERSION = -1;
    private static final Pattern VERSION = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private ClaimETag() {
    }

    public static String of(Claim claim) {
        return "\"" + claim.version() + "\"";
    }

    /** The version an entity tag names, or {@link #NO_VERSION} for one that names none. */
    static long version(String entityTag) {
        Matcher m = VERSION.matcher(entityTag);
        return m.matches() ? Long.parseLong(m.group(1)) : NO_VERSION;
    }
}
