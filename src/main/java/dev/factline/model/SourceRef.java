package dev.factline.model;

/** The part of a source a claim carries with it. */
public record SourceRef(String id, String url, String title, String publisher, String publishedAt) {
}
