package dev.factline.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What Factline calls a web URL, wherever it asks: an absolute URI whose scheme is http or
 * https (in any case) and that names a host. Sources, evidence, the publisher's pages, the
 * links a timeline renders and a local DynamoDB endpoint all use this one test.
 */
public final class WebUrl {

    private WebUrl() {
    }

    public static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    }

    /** The URI of {@code value} when it is a web URL; empty for anything else, null included. */
    public static Optional<URI> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            return isWeb(uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }
}
