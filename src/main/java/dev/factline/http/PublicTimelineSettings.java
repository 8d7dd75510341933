package dev.factline.http;

import dev.factline.model.WebUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * What the public routes are configured with, from the environment (Factline Local, tests) or
 * from the stack's parameter store (a deployed stack, see
 * {@link dev.factline.settings.StackSettings}), under the same names: the fact-checking organisation named in ClaimReview ({@code PUBLISHER_NAME},
 * {@code PUBLISHER_URL}), the page each topic's timeline is published on
 * ({@code TIMELINE_PAGE_URL}, containing {@code {topic}}; empty when the publisher has none, and
 * then each claim's ClaimReview points to its own page on this API) and how long shared caches
 * may keep a page ({@code TIMELINE_CACHE_MAX_AGE}, seconds).
 *
 * @param pageUrlPattern an absolute http(s) URL containing {@value #TOPIC_PLACEHOLDER}, or null
 */
public record PublicTimelineSettings(String publisherName, URI publisherUrl, String pageUrlPattern,
                                     int cacheMaxAgeSeconds) {

    public static final String TOPIC_PLACEHOLDER = "{topic}";
    /** A day: a longer max-age would keep a corrected rating out of sight for too long. */
    public static final int MAX_CACHE_MAX_AGE = 86_400;

    public static final String PUBLISHER_NAME = "PUBLISHER_NAME";
    static final String PUBLISHER_URL = "PUBLISHER_URL";
    static final String TIMELINE_PAGE_URL = "TIMELINE_PAGE_URL";
    static final String TIMELINE_CACHE_MAX_AGE = "TIMELINE_CACHE_MAX_AGE";
    /** Every setting's name, as an environment variable and as the last part of a parameter's name. */
    public static final List<String> NAMES = List.of(PUBLISHER_NAME, PUBLISHER_URL, TIMELINE_PAGE_URL,
            TIMELINE_CACHE_MAX_AGE);

    public PublicTimelineSettings {
        if (publisherName == null || publisherName.isBlank() || publisherName.length() > 200) {
            throw new IllegalStateException(PUBLISHER_NAME + " must be the fact-checking organisation's name,"
                    + " 1-200 characters");
        }
        publisherName = publisherName.strip();
        requireHttpUrl(PUBLISHER_URL, publisherUrl == null ? null : publisherUrl.toString());
        if (pageUrlPattern != null && !pageUrlPattern.contains(TOPIC_PLACEHOLDER)) {
            throw new IllegalStateException(TIMELINE_PAGE_URL + " '" + pageUrlPattern + "' must contain "
                    + TOPIC_PLACEHOLDER + ", e.g. https://factline.example/timelines/{topic}, or be empty");
        }
        if (pageUrlPattern != null) {
            requireHttpUrl(TIMELINE_PAGE_URL, pageUrlPattern.replace(TOPIC_PLACEHOLDER, "topic"));
        }
        if (cacheMaxAgeSeconds < 0 || cacheMaxAgeSeconds > MAX_CACHE_MAX_AGE) {
            throw new IllegalStateException(TIMELINE_CACHE_MAX_AGE + " must be a whole number of seconds from 0 to "
                    + MAX_CACHE_MAX_AGE + ", not " + cacheMaxAgeSeconds);
        }
    }

    /** @throws IllegalStateException naming the variable that is missing or malformed */
    public static PublicTimelineSettings fromEnvironment(Map<String, String> env) {
        return from(env, "the environment (template.yaml sets them from the stack parameters)");
    }

    /**
     * @param values by {@link #NAMES}; {@link #TIMELINE_PAGE_URL} absent or empty for none
     * @param where  where the values were read, for the message naming one that is missing
     * @throws IllegalStateException naming the setting that is missing or malformed
     */
    public static PublicTimelineSettings from(Map<String, String> values, String where) {
        URI publisherUrl = requireHttpUrl(PUBLISHER_URL, required(values, PUBLISHER_URL, where));
        String pageUrl = values.get(TIMELINE_PAGE_URL);
        return new PublicTimelineSettings(required(values, PUBLISHER_NAME, where), publisherUrl,
                pageUrl == null || pageUrl.isBlank() ? null : pageUrl.strip(),
                maxAge(required(values, TIMELINE_CACHE_MAX_AGE, where)));
    }

    /** The page a topic's timeline is published on, or null when the publisher has none. */
    public String pageUrl(String topic) {
        return pageUrlPattern == null ? null : pageUrlPattern.replace(TOPIC_PLACEHOLDER, topic);
    }

    /** The links of this request's answers: to claims' pages on the API the request reached. */
    public ClaimLinks links(ApiRequest request) {
        return new ClaimLinks(request.publicBaseUrl(), pageUrlPattern);
    }

    private static String required(Map<String, String> values, String name, String where) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; the public routes read " + PUBLISHER_NAME
                    + ", " + PUBLISHER_URL + ", " + TIMELINE_CACHE_MAX_AGE + " and, empty for none, "
                    + TIMELINE_PAGE_URL + " from " + where);
        }
        return value.strip();
    }

    private static int maxAge(String value) {
        if (!value.matches("[0-9]{1,6}")) {
            throw new IllegalStateException(TIMELINE_CACHE_MAX_AGE + " '" + value
                    + "' must be a whole number of seconds from 0 to " + MAX_CACHE_MAX_AGE);
        }
        return Integer.parseInt(value);
    }

    private static URI requireHttpUrl(String name, String value) {
        try {
            URI uri = new URI(value == null ? "" : value);
            if (WebUrl.isWeb(uri)) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            throw new IllegalStateException(name + " '" + value + "' is not a URL: " + malformed.getReason(),
                    malformed);
        }
        throw new IllegalStateException(name + " '" + value + "' must be an absolute http(s) URL");
    }
}
