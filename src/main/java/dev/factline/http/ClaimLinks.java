package dev.factline.http;

/**
 * Where a published claim can be read, as absolute URLs: its own page on this API (the route
 * {@code GET /timelines/{topic}/claims/{id}}) and the page its ClaimReview names as {@code url},
 * which is the publisher's timeline page plus {@code #<id>} when one is configured
 * ({@code TIMELINE_PAGE_URL}) and the claim's own HTML page otherwise.
 *
 * @param apiBaseUrl     scheme and host the request reached, e.g. {@code https://api.factline.example}
 * @param pageUrlPattern the publisher's timeline page with {@code {topic}}, or null
 */
public record ClaimLinks(String apiBaseUrl, String pageUrlPattern) {

    /** The claim's page on this API in the given format ({@code html}, {@code json}, {@code claimreview}). */
    public String claimPage(String topic, String id, String format) {
        return apiBaseUrl + "/timelines/" + topic + "/claims/" + id + "?format=" + format;
    }

    /** The claim's HTML page on this API: its canonical address. */
    public String claimPage(String topic, String id) {
        return claimPage(topic, id, "html");
    }

    /** The page that carries the claim's review: ClaimReview's {@code url}. */
    public String review(String topic, String id) {
        return pageUrlPattern == null ? claimPage(topic, id)
                : pageUrlPattern.replace(PublicTimelineSettings.TOPIC_PLACEHOLDER, topic) + "#" + id;
    }

    /** The publisher's page of the topic's timeline, or null when there is none. */
    public String timelinePage(String topic) {
        return pageUrlPattern == null ? null : pageUrlPattern.replace(PublicTimelineSettings.TOPIC_PLACEHOLDER, topic);
    }
}
