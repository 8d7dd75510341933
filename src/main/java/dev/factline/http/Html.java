package dev.factline.http;

import dev.factline.model.WebUrl;

import java.util.Optional;

/** Text made safe to place in HTML, for the formats whose readers render HTML (TimelineJS). */
public final class Html {

    private Html() {
    }

    /** Escapes the five characters that could open markup or leave an attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The URL when a browser may follow it as a link (http or https with a host); empty otherwise. */
    static Optional<String> linkable(String url) {
        return WebUrl.parse(url).map(uri -> url);
    }

    /** An anchor to the URL when it is linkable, else the escaped label alone. */
    static String link(String url, String label) {
        String text = escape(label == null || label.isBlank() ? url : label);
        return linkable(url).map(href -> "<a href=\"" + escape(href) + "\">" + text + "</a>").orElse(text);
    }
}
