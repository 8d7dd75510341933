package dev.factline.service;

/** A topic as submitted to start it: raw fields, before the rules are applied. */
public record NewTopic(String id, String title) {
}
