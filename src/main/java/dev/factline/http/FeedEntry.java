package dev.factline.http;

import dev.factline.model.Claim;
import dev.factline.model.PublicChange;
import dev.factline.model.Rating;
import dev.factline.model.Review;

import java.time.Instant;
import java.util.List;

/**
 * What one entry of a topic's feed says, the same in JSON Feed and Atom: the claim's latest
 * public change, worded for a reader, with a stable id per change (the claim's page and its
 * version, which every change bumps).
 */
record FeedEntry(String id, String url, String title, String text, PublicChange.Kind kind, Instant at,
                 Instant published, Claim claim) {

    static FeedEntry of(Claim claim, ClaimLinks links) {
        PublicChange change = claim.latestPublicChange().orElseThrow(
                () -> new IllegalStateException("claim " + claim.id() + " is in the feed without a review"));
        String url = links.claimPage(claim.topic(), claim.id());
        Review latest = claim.publishedReview();
        List<Review> reviews = claim.reviews();
        String text = switch (change.kind()) {
            case PUBLISHED -> "Rated " + latest.rating().label() + ". " + latest.explanation();
            case RE_RATED -> "Corrected: now rated " + latest.rating().label() + ", was "
                    + reviews.get(reviews.size() - 2).rating().label() + ". " + latest.explanation();
            case REVIEWED_AGAIN -> "Reviewed again, still rated " + latest.rating().label() + ". "
                    + latest.explanation();
            case WITHDRAWN -> "Withdrawn" + (claim.withdrawal().reason() == null ? "."
                    : ": " + claim.withdrawal().reason());
        };
        return new FeedEntry(url + "#v" + claim.version(), url, headline(change.kind(), claim), text,
                change.kind(), change.at(), reviews.get(0).reviewedAt(), claim);
    }

    private static String headline(PublicChange.Kind kind, Claim claim) {
        String prefix = switch (kind) {
            case PUBLISHED -> "Fact-checked";
            case RE_RATED -> "Re-rated";
            case REVIEWED_AGAIN -> "Reviewed again";
            case WITHDRAWN -> "Withdrawn";
        };
        return prefix + ": " + claim.statement();
    }

    /** The verdict the entry reports; a withdrawn claim keeps the one it had. */
    Rating rating() {
        return claim.publishedReview().rating();
    }
}
