package dev.factline.service;

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

    static String normalize(String s) {
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
