package dev.factline.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dated claim and its review history.
 *
 * @param endDate     null when the claim is about a single date
 * @param source      null when the claim cites no source
 * @param quote       null when the claim quotes nothing
 * @param requestHash fingerprint of the submission, to tell an idempotent replay from a conflict
 * @param reviews     oldest first; the newest sets the rating
 * @param withdrawal  when, by whom and why it was withdrawn; null unless withdrawn
 * @param dateProvenance how the date was worked out from the source; null when dated by hand
 * @param quoteLocation  where the quote sits in the source text; null without a checked quote
 */
public record Claim(String id, String topic, String statement, EventDate eventDate, EventDate endDate,
                    String claimant, SourceRef source, String quote, boolean quoteVerified,
                    ClaimStatus status, String submittedBy, Instant submittedAt, long version,
                    List<Review> reviews, String requestHash, Withdrawal withdrawal,
                    DateProvenance dateProvenance, QuoteLocation quoteLocation) {

    /** The longest quote a claim holds, in characters; a proposed candidate never quotes more. */
    public static final int MAX_QUOTE = 2000;

    public Claim {
        reviews = List.copyOf(reviews);
    }

    /** A claim that is not withdrawn and carries no provenance (dated by hand, quote not located). */
    public Claim(String id, String topic, String statement, EventDate eventDate, EventDate endDate,
                 String claimant, SourceRef source, String quote, boolean quoteVerified,
                 ClaimStatus status, String submittedBy, Instant submittedAt, long version,
                 List<Review> reviews, String requestHash) {
        this(id, topic, statement, eventDate, endDate, claimant, source, quote, quoteVerified, status, submittedBy,
                submittedAt, version, reviews, requestHash, null, null, null);
    }

    /** This claim with another status, version, reviews and withdrawal: what a change to it writes. */
    public Claim changed(ClaimStatus newStatus, long newVersion, List<Review> newReviews, Withdrawal newWithdrawal) {
        return new Claim(id, topic, statement, eventDate, endDate, claimant, source, quote, quoteVerified,
                newStatus, submittedBy, submittedAt, newVersion, newReviews, requestHash, newWithdrawal,
                dateProvenance, quoteLocation);
    }

    public Optional<Review> latestReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    /**
     * The review a reviewed claim is published with: its newest.
     *
     * @throws IllegalStateException for a claim without a review, which no timeline may hold
     */
    public Review publishedReview() {
        return latestReview().orElseThrow(
                () -> new IllegalStateException("claim " + id + " is on the timeline without a review"));
    }

    /** The first review: when the claim was first published. */
    public Optional<Review> firstReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(0));
    }

    /** Every change of verdict since the first review, oldest first; a review keeping the verdict is none. */
    public List<Correction> corrections() {
        List<Correction> corrections = new java.util.ArrayList<>();
        for (int i = 1; i < reviews.size(); i++) {
            Review before = reviews.get(i - 1);
            Review after = reviews.get(i);
            if (before.rating() != after.rating()) {
                corrections.add(new Correction(after.reviewedAt(), before.rating(), after.rating(),
                        after.explanation()));
            }
        }
        return corrections;
    }

    public Optional<Rating> rating() {
        return latestReview().map(Review::rating);
    }

    /** The latest change the public has seen, or empty while the claim was never published. */
    public Optional<PublicChange> latestPublicChange() {
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        if (withdrawal != null) {
            return Optional.of(new PublicChange(PublicChange.Kind.WITHDRAWN, withdrawal.at()));
        }
        Review latest = reviews.get(reviews.size() - 1);
        if (reviews.size() == 1) {
            return Optional.of(new PublicChange(PublicChange.Kind.PUBLISHED, latest.reviewedAt()));
        }
        Rating previous = reviews.get(reviews.size() - 2).rating();
        return Optional.of(new PublicChange(previous == latest.rating()
                ? PublicChange.Kind.REVIEWED_AGAIN : PublicChange.Kind.RE_RATED, latest.reviewedAt()));
    }

    /** When the latest public change happened; the feed's order. */
    public Optional<Instant> lastPublicChange() {
        return latestPublicChange().map(PublicChange::at);
    }
}
