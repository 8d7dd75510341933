package dev.factline.model;

import java.time.Instant;
import java.util.Comparator;

/** A source added to a topic: its summary as claims carry it, who added it and when. */
public record TopicSource(SourceRef source, String addedBy, Instant addedAt) {

    /** The order a topic lists its sources in: most recently added first, then by source id. */
    public static final Comparator<TopicSource> NEWEST_FIRST = Comparator.comparing(TopicSource::addedAt)
            .reversed().thenComparing(link -> link.source().id());
}
