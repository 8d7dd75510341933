package dev.factline.model;

import java.time.Instant;

/** A source added to a topic: its summary as claims carry it, who added it and when. */
public record TopicSource(SourceRef source, String addedBy, Instant addedAt) {
}
