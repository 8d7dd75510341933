package dev.factline.store;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.Withdrawal;

import java.util.Optional;
import java.util.Set;

/**
 * Where sources and claims live. Every change to a claim is one conditional write: a method
 * that changes a claim either applies the whole change or, when its condition does not hold,
 * returns empty/false and writes nothing.
 *
 * <p>Failures of the storage service itself surface as {@link StoreUnavailableException}.
 */
public interface FactlineStore {

    Optional<Source> findSource(String id);

    /** Stores a new source; false, writing nothing, when one with that id exists. */
    boolean createSource(Source source);

    Optional<Claim> findClaim(String id);

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
     * @param range   the timeline index sort keys to read, inclusive
     * @param ratings only these ratings; empty for all
     * @param after   the page key to continue after, or null for the first page
     */
    Page<Claim> timeline(String topic, SortKeyRange range, Set<Rating> ratings, int limit, Page.PageKey after);

    /**
     * Claims of a topic in one status: pending and withdrawn ones oldest submission first,
     * reviewed ones in timeline order.
     */
    Page<Claim> claimsByStatus(String topic, ClaimStatus status, int limit, Page.PageKey after);

    /** Inclusive bounds on an index sort key; either may be null for an open end. */
    record SortKeyRange(String from, String to) {
        public static final SortKeyRange ALL = new SortKeyRange(null, null);
    }
}
