package dev.factline.service;

/**
 * A source as submitted: every field raw, before the rules are applied.
 *
 * @param topic a registered topic to add the source to, or null
 */
public record NewSource(String url, String title, String publisher, String publishedAt, String text, String topic) {

    public NewSource(String url, String title, String publisher, String publishedAt, String text) {
        this(url, title, publisher, publishedAt, text, null);
    }
}
