package dev.factline.service;

import dev.factline.model.Claim;
import dev.factline.model.EventDate;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.store.FactlineStore;
import dev.factline.store.FactlineStore.SortKeyRange;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The public timeline of a topic: its reviewed claims in date order. */
public final class TimelineService {

    /**
     * '~' sorts above every character of a timeline sort key (digits, '-', '#', hex), so
     * "2024-11~" bounds every key whose date, cut to "2024-11"'s length, is at most 2024-11.
     */
    private static final String AFTER_ALL_KEYS_WITH_PREFIX = "~";

    private final FactlineStore store;
    private final Cursors cursors;

    public TimelineService(FactlineStore store, Cursors cursors) {
        this.store = store;
        this.cursors = cursors;
    }

    /**
     * @param from    keep events whose date, cut to this length, is not before it; or null
     * @param to      keep events whose date, cut to this length, is not after it; or null
     * @param ratings keep only these ratings; empty for all
     */
    public record TimelineQuery(String topic, EventDate from, EventDate to, Set<Rating> ratings, int limit,
                                String cursor) {
        public TimelineQuery {
            ratings = Set.copyOf(ratings);
        }

        String fingerprint() {
            return String.join("\n", "timeline", topic, from == null ? "" : from.value(),
                    to == null ? "" : to.value(),
                    ratings.stream().map(Rating::wireName).sorted().collect(Collectors.joining(",")));
        }
    }

    public record TimelinePage(String topic, List<Claim> events, String nextCursor) {
    }

    /**
     * @throws FactlineException 404 for a topic that was never registered and has no reviewed
     *                           claim; claims stored before topics were registered keep their
     *                           timeline (docs/topics.md)
     */
    public TimelinePage page(TimelineQuery query) {
        Page.PageKey after = query.cursor() == null ? null : cursors.decode(query.cursor(), query.fingerprint());
        SortKeyRange range = new SortKeyRange(
                query.from() == null ? null : query.from().value(),
                query.to() == null ? null : query.to().value() + AFTER_ALL_KEYS_WITH_PREFIX);
        List<Claim> events = List.of();
        Page.PageKey next = null;
        if (range.from() == null || range.to() == null || range.from().compareTo(range.to()) <= 0) {
            Page<Claim> page = store.timeline(query.topic(), range, query.ratings(), query.limit(), after);
            events = page.items();
            next = page.next();
        }
        if (events.isEmpty() && !exists(query.topic())) {
            throw FactlineException.notFound("topic");
        }
        return new TimelinePage(query.topic(), events, next == null ? null : cursors.encode(next, query.fingerprint()));
    }

    /** Registered, or (stored before registration existed) with a reviewed claim. Read only for empty pages. */
    private boolean exists(String topic) {
        return store.findTopic(topic).isPresent()
                || !store.timeline(topic, SortKeyRange.ALL, Set.of(), 1, null).items().isEmpty();
    }
}
