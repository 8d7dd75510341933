package dev.factline.service;

import dev.factline.model.QuoteLocation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides whether a quote occurs verbatim in a source text, comparing with whitespace
 * collapsed and typographic quotes, apostrophes and dashes folded to ASCII, so that a quote
 * typed on a keyboard matches the typeset article.
 */
public final class QuoteMatcher {

    private QuoteMatcher() {
    }

    public static boolean occursIn(String quote, String text) {
        String needle = normalize(quote);
        return !needle.isEmpty() && normalize(text).contains(needle);
    }

    /**
     * Where the quote first occurs in the source text, for anyone holding the article to check:
     * offsets in Unicode code points of the normalized text, and the SHA-256 of that text's UTF-8
     * bytes (lowercase hex). Empty when the quote does not occur.
     */
    public static Optional<QuoteLocation> locate(String quote, String text) {
        String needle = normalize(quote);
        String haystack = normalize(text);
        int at = needle.isEmpty() ? -1 : haystack.indexOf(needle);
        if (at < 0) {
            return Optional.empty();
        }
        int start = haystack.codePointCount(0, at);
        int end = start + needle.codePointCount(0, needle.length());
        return Optional.of(new QuoteLocation(start, end, sha256(haystack)));
    }

    /** The SHA-256 of the normalized text, lowercase hex: what a claim's quote location names. */
    public static String normalizedSha256(String text) {
        return sha256(normalize(text));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Whitespace runs (Java's isWhitespace or isSpaceChar) become one space, none at either end;
     * typographic quotes, apostrophes and dashes fold to ASCII; nothing else changes.
     */
    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
