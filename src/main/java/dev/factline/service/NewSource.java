package dev.factline.service;

/** A source as submitted: every field raw, before the rules are applied. */
public record NewSource(String url, String title, String publisher, String publishedAt, String text) {
}
