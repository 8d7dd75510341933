package dev.factline.model;

/** A registered topic with the number of its claims waiting for review and reviewed. */
public record TopicCounts(Topic topic, long pending, long reviewed) {
}
