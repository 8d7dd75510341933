package dev.factline.store;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.Topic;
import dev.factline.model.TopicSource;
import dev.factline.model.Withdrawal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where sources and claims live. Every change to a claim is one conditional write: a method
 * that changes a claim either applies the whole change or, when its condition does not hold,
 * returns empty/false and writes nothing.
 *
 * <p>Listings continue after a {@link Page.Position} the same store issued; one it did not issue
 * is refused with {@link InvalidPositionException}. Failures of the storage service itself
 * surface as {@link StoreUnavailableException}.
 */
public interface FactlineStore {

    Optional<Source> findSource(String id);

    /** Stores a new source; false, writing nothing, when one with that id exists. */
    boolean createSource(Source source);

    Optional<Claim> findClaim(String id);

    /**
     * What a new claim refers to, read together: its source, when it names one, and whether its
     * topic is registered. A store that can read both in one request does so.
     */
    default ClaimReferences findClaimReferences(String sourceId, String topic) {
        return new ClaimReferences(sourceId == null ? Optional.empty() : findSource(sourceId),
                findTopic(topic).isPresent());
    }

    /** @param source empty when the claim names no source or it does not exist */
    record ClaimReferences(Optional<Source> source, boolean topicRegistered) {
    }

    /** Stores a new claim; false, writing nothing, when one with that id exists. */
    boolean createClaim(Claim claim);

    /**
     * Appends a review, sets status reviewed and bumps the version, only if the claim exists,
     * is at {@code expectedVersion}, is not withdrawn and was not submitted by the reviewer.
     *
     * @return the claim after the change, or empty when a condition failed
     */
    Optional<Claim> addReview(String claimId, long expectedVersion, Review review);

    /**
     * Marks the claim withdrawn, keeping who withdrew it, when and why, and bumps the version,
     * only if it exists, is at {@code expectedVersion} and is not withdrawn already.
     *
     * @return the claim after the change, or empty when a condition failed
     */
    Optional<Claim> withdraw(String claimId, long expectedVersion, Withdrawal withdrawal);

    /**
     * Reviewed claims of a topic in timeline order (eventDate, then id).
     *
     * @param dates   the event dates to keep
     * @param ratings only these ratings; empty for all
     * @param after   the position to continue after, or null for the first page
     */
    Page<Claim> timeline(String topic, DateBounds dates, Set<Rating> ratings, int limit, Page.Position after);

    /**
     * Claims of a topic in one status: pending and withdrawn ones oldest submission first,
     * reviewed ones in timeline order; {@code newestFirst} reverses that order.
     */
    Page<Claim> claimsByStatus(String topic, ClaimStatus status, boolean newestFirst, int limit,
                               Page.Position after);

    /** {@link #claimsByStatus(String, ClaimStatus, boolean, int, Page.Position)} in the oldest-first order. */
    default Page<Claim> claimsByStatus(String topic, ClaimStatus status, int limit, Page.Position after) {
        return claimsByStatus(topic, status, false, limit, after);
    }

    /**
     * The published claims of a topic, withdrawn ones included, by the time of their latest public
     * change (first review, later review or withdrawal), newest first; the same conditional write
     * that makes the change keeps this order, so reading it is one Query.
     */
    Page<Claim> feed(String topic, int limit, Page.Position after);

    /** How many claims of a topic are in {@code status}, counted by reading its index (no Scan). */
    long countClaims(String topic, ClaimStatus status);

    Optional<Topic> findTopic(String id);

    /** Registers a topic; false, writing nothing, when one with that id exists. */
    boolean createTopic(Topic topic);

    /** Every registered topic, ordered by id. */
    List<Topic> topics();

    /** Adds a source to a topic's sources; false, writing nothing, when it is there already. */
    boolean addTopicSource(String topic, TopicSource source);

    /** The sources added to a topic, most recently added first. */
    List<TopicSource> topicSources(String topic);

    /**
     * Which event dates a timeline keeps, each bound at its own precision and either one null for
     * an open end: a date is kept when, cut to the length of {@code from}, it is not before it,
     * and, cut to the length of {@code to}, not after it. So from 2024-11 keeps 2024-11 and
     * 2024-11-15 but not 2024, and to 2024-11 keeps 2024, 2024-11 and 2024-11-30.
     */
    record DateBounds(EventDate from, EventDate to) {
        public static final DateBounds ALL = new DateBounds(null, null);

        public boolean contains(EventDate date) {
            return (from == null || cut(date, from).compareTo(from.value()) >= 0)
                    && (to == null || cut(date, to).compareTo(to.value()) <= 0);
        }

        private static String cut(EventDate date, EventDate bound) {
            return date.value().substring(0, Math.min(date.value().length(), bound.value().length()));
        }
    }
}
