package dev.factline.testing;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.Withdrawal;
import dev.factline.model.Timestamps;
import dev.factline.model.Topic;
import dev.factline.model.TopicSource;
import dev.factline.store.FactlineStore;
import dev.factline.store.InvalidPositionException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link FactlineStore} in memory, for unit-level tests that need the services' real rules
 * but no DynamoDB (the fuzz tests run it hundreds of thousands of times). It keeps the
 * interface's contract the way the DynamoDB store does: conditional creates, review and
 * withdrawal conditions checked together, each claim in exactly the listing of its status,
 * timeline order by event date then id and queue order by submission time then id, pages of
 * {@code limit} continuing strictly after the given position.
 *
 * <p>{@link #writes()} counts the changes applied, so a test can show a refused request wrote nothing.
 */
public final class InMemoryFactlineStore implements FactlineStore {

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, Topic> topics = new TreeMap<>();
    private final Map<String, Map<String, TopicSource>> topicSources = new HashMap<>();
    private long writes;

    public synchronized long writes() {
        return writes;
    }

    /** The records held: sources, claims, topics and topic sources, as many as the table's items. */
    public synchronized int records() {
        return sources.size() + claims.size() + topics.size()
                + topicSources.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public synchronized Optional<Source> findSource(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public synchronized boolean createSource(Source source) {
        if (sources.containsKey(source.id())) {
            return false;
        }
        sources.put(source.id(), source);
        writes++;
        return true;
    }

    @Override
    public synchronized Optional<Claim> findClaim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    @Override
    public synchronized boolean createClaim(Claim claim) {
        if (claims.containsKey(claim.id())) {
            return false;
        }
        claims.put(claim.id(), claim);
        writes++;
        return true;
    }

    @Override
    public synchronized Optional<Claim> addReview(String claimId, long expectedVersion, Review review) {
        Claim c = claims.get(claimId);
        if (c == null || c.version() != expectedVersion || c.status() == ClaimStatus.WITHDRAWN
                || c.submittedBy().equals(review.reviewer())) {
            return Optional.empty();
        }
        List<Review> reviews = new ArrayList<>(c.reviews());
        reviews.add(review);
        return Optional.of(replace(c.changed(ClaimStatus.REVIEWED, c.version() + 1, reviews, null)));
    }

    @Override
    public synchronized Optional<Claim> withdraw(String claimId, long expectedVersion, Withdrawal withdrawal) {
        Claim c = claims.get(claimId);
        if (c == null || c.version() != expectedVersion || c.status() == ClaimStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return Optional.of(replace(c.changed(ClaimStatus.WITHDRAWN, c.version() + 1, c.reviews(), withdrawal)));
    }

    @Override
    public synchronized Page<Claim> timeline(String topic, DateBounds dates, Set<Rating> ratings, int limit,
                                             Page.Position after) {
        return page(topic, ClaimStatus.REVIEWED, dates, ratings, false, limit, after);
    }

    @Override
    public synchronized Page<Claim> claimsByStatus(String topic, ClaimStatus status, boolean newestFirst,
                                                   int limit, Page.Position after) {
        return page(topic, status, DateBounds.ALL, Set.of(), newestFirst, limit, after);
    }

    @Override
    public synchronized Page<Claim> feed(String topic, int limit, Page.Position after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        Order start = after == null ? null : Order.of(after);
        List<Claim> matching = claims.values().stream()
                .filter(c -> c.topic().equals(topic) && c.lastPublicChange().isPresent())
                .filter(c -> start == null || feedOrder(c).compareTo(start) < 0)
                .sorted(Comparator.comparing(InMemoryFactlineStore::feedOrder).reversed())
                .toList();
        return pageOf(matching, limit, InMemoryFactlineStore::feedOrder);
    }

    private static Order feedOrder(Claim claim) {
        return new Order(Timestamps.format(claim.lastPublicChange().orElseThrow()), claim.id());
    }

    @Override
    public synchronized long countClaims(String topic, ClaimStatus status) {
        return claims.values().stream().filter(c -> c.status() == status && c.topic().equals(topic)).count();
    }

    @Override
    public synchronized Optional<Topic> findTopic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    @Override
    public synchronized boolean createTopic(Topic topic) {
        if (topics.putIfAbsent(topic.id(), topic) != null) {
            return false;
        }
        writes++;
        return true;
    }

    @Override
    public synchronized List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    @Override
    public synchronized boolean addTopicSource(String topic, TopicSource source) {
        if (topicSources.computeIfAbsent(topic, t -> new HashMap<>()).putIfAbsent(source.source().id(), source)
                != null) {
            return false;
        }
        writes++;
        return true;
    }

    @Override
    public synchronized List<TopicSource> topicSources(String topic) {
        return topicSources.getOrDefault(topic, Map.of()).values().stream()
                .sorted(TopicSource.NEWEST_FIRST)
                .toList();
    }

    /** Where a claim sorts in the listing of its status: event date or submission time, then id. */
    private record Order(String value, String id) implements Comparable<Order> {
        private static final Comparator<Order> COMPARATOR =
                Comparator.comparing(Order::value).thenComparing(Order::id);

        static Order of(Claim claim) {
            return new Order(claim.status() == ClaimStatus.REVIEWED ? claim.eventDate().value()
                    : Timestamps.format(claim.submittedAt()), claim.id());
        }

        /** This store's positions: the order of the last item, as "value id". */
        static Order of(Page.Position position) {
            String[] parts = position.value().split(" ", -1);
            if (parts.length != 2) {
                throw new InvalidPositionException("not a position of this store");
            }
            return new Order(parts[0], parts[1]);
        }

        Page.Position position() {
            return new Page.Position(value + " " + id);
        }

        @Override
        public int compareTo(Order other) {
            return COMPARATOR.compare(this, other);
        }
    }

    private Page<Claim> page(String topic, ClaimStatus status, DateBounds dates, Set<Rating> ratings,
                             boolean newestFirst, int limit, Page.Position after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        Order start = after == null ? null : Order.of(after);
        Comparator<Claim> order = Comparator.comparing(Order::of);
        List<Claim> matching = claims.values().stream()
                .filter(c -> c.status() == status && c.topic().equals(topic))
                .filter(c -> dates.contains(c.eventDate()))
                .filter(c -> start == null || (newestFirst ? -1 : 1) * Order.of(c).compareTo(start) > 0)
                .filter(c -> ratings.isEmpty() || c.rating().filter(ratings::contains).isPresent())
                .sorted(newestFirst ? order.reversed() : order)
                .toList();
        return pageOf(matching, limit, Order::of);
    }

    private static Page<Claim> pageOf(List<Claim> matching, int limit, Function<Claim, Order> order) {
        if (matching.size() <= limit) {
            return new Page<>(matching, null);
        }
        return new Page<>(matching.subList(0, limit), order.apply(matching.get(limit - 1)).position());
    }

    private Claim replace(Claim changed) {
        claims.put(changed.id(), changed);
        writes++;
        return changed;
    }
}
