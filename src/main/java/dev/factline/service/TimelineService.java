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

    public TimelinePage page(TimelineQuery query) {
        Page.Position after = query.cursor() == null ? null : cursors.decode(query.cursor(), query.fingerprint());
        Page<Claim> page = store.timeline(query.topic(), new DateBounds(query.from(), query.to()), query.ratings(),
                query.limit(), after);
        return new TimelinePage(query.topic(), page.items(),
                page.next() == null ? null : cursors.encode(page.next(), query.fingerprint()));
    }
}
