package dev.factline.service;

import dev.factline.model.Claim;
import dev.factline.model.EventDate;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.store.FactlineStore;
import dev.factline.store.FactlineStore.DateBounds;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The public timeline of a topic: its reviewed claims in date order. */
public final class TimelineService {

    private final FactlineStore store;
    private final Cursors cursors;

    public TimelineService(FactlineStore store, Cursors cursors) {
        this.store = store;
        this.cursors = cursors;
    }

    /**
     * @param from    keep events whose date, cut to this length, is not before it; or null
     * @param to      keep events whose date, cut to this length, is not after it; or null
     *                (see {@link DateBounds})
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
        Page.Position after = query.cursor() == null ? null : cursors.decode(query.cursor(), query.fingerprint());
        Page<Claim> page = store.timeline(query.topic(), new DateBounds(query.from(), query.to()), query.ratings(),
                query.limit(), after);
        if (page.items().isEmpty() && !exists(query.topic())) {
            throw FactlineException.notFound("topic");
        }
        return new TimelinePage(query.topic(), page.items(),
                page.next() == null ? null : cursors.encode(page.next(), query.fingerprint()));
    }

    /** A page of a topic's feed: its published claims, newest public change first. */
    public record FeedQuery(String topic, int limit, String cursor) {
        String fingerprint() {
            return "feed\n" + topic;
        }
    }

    /** Each claim with its latest public change ({@link Claim#latestPublicChange()}). */
    public record FeedPage(String topic, List<Claim> claims, String nextCursor) {
    }

    /** @throws FactlineException 404 for a topic that was never registered, as {@link #page} */
    public FeedPage feed(FeedQuery query) {
        Page.Position after = query.cursor() == null ? null : cursors.decode(query.cursor(), query.fingerprint());
        Page<Claim> page = store.feed(query.topic(), query.limit(), after);
        if (page.items().isEmpty() && !exists(query.topic())) {
            throw FactlineException.notFound("topic");
        }
        return new FeedPage(query.topic(), page.items(),
                page.next() == null ? null : cursors.encode(page.next(), query.fingerprint()));
    }

    /** Registered, or (stored before registration existed) with a reviewed claim. Read only for empty pages. */
    private boolean exists(String topic) {
        return store.findTopic(topic).isPresent()
                || !store.timeline(topic, DateBounds.ALL, Set.of(), 1, null).items().isEmpty();
    }
}
