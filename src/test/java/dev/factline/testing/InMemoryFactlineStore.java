package dev.factline.testing;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.Withdrawal;
import dev.factline.model.Timestamps;
import dev.factline.store.FactlineStore;

import java.util.ArrayList;
import java.util.Comparator;
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
 * timeline order by {@code eventDate#id} and queue order by {@code submittedAt#id}, pages of
 * {@code limit} continuing strictly after the given page key.
 *
 * <p>{@link #writes()} counts the changes applied, so a test can show a refused request wrote nothing.
 */
public final class InMemoryFactlineStore implements FactlineStore {

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private long writes;

    public synchronized long writes() {
        return writes;
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
    public synchronized Page<Claim> timeline(String topic, SortKeyRange range, Set<Rating> ratings, int limit,
                                             Page.PageKey after) {
        return page(topic, ClaimStatus.REVIEWED, range, ratings, limit, after);
    }

    @Override
    public synchronized Page<Claim> claimsByStatus(String topic, ClaimStatus status, int limit,
                                                   Page.PageKey after) {
        return page(topic, status, SortKeyRange.ALL, Set.of(), limit, after);
    }

    /** The index sort key of a claim in its status, as the DynamoDB store's indexes hold it. */
    public static String sortKey(Claim claim) {
        return claim.status() == ClaimStatus.REVIEWED
                ? claim.eventDate().value() + "#" + claim.id()
                : Timestamps.format(claim.submittedAt()) + "#" + claim.id();
    }

    private Page<Claim> page(String topic, ClaimStatus status, SortKeyRange range, Set<Rating> ratings,
                             int limit, Page.PageKey after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        Function<Claim, String> key = InMemoryFactlineStore::sortKey;
        List<Claim> matching = claims.values().stream()
                .filter(c -> c.status() == status && c.topic().equals(topic))
                .filter(c -> range.from() == null || key.apply(c).compareTo(range.from()) >= 0)
                .filter(c -> range.to() == null || key.apply(c).compareTo(range.to()) <= 0)
                .filter(c -> after == null || key.apply(c).compareTo(after.sortKey()) > 0)
                .filter(c -> ratings.isEmpty() || c.rating().filter(ratings::contains).isPresent())
                .sorted(Comparator.comparing(key))
                .toList();
        if (matching.size() <= limit) {
            return new Page<>(matching, null);
        }
        Claim last = matching.get(limit - 1);
        return new Page<>(matching.subList(0, limit), new Page.PageKey(key.apply(last), last.id()));
    }

    private Claim replace(Claim changed) {
        claims.put(changed.id(), changed);
        writes++;
        return changed;
    }
}
