package dev.factline.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.factline.model.Claim;
import dev.factline.model.Correction;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.SourceRef;
import dev.factline.model.Timestamps;
import dev.factline.service.TimelineService.TimelinePage;

import java.util.List;

/**
 * A timeline page as schema.org ClaimReview objects, with the properties Google's fact-check
 * markup documentation lists. The claim model does not say whether a claimant is a person or
 * an organisation, so claimants are named as {@code Person}.
 */
public final class ClaimReviews {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final String CONTEXT = "https://schema.org";

    /**
     * Pages paste this into {@code <script type="application/ld+json">}; escaping {@code < > &}
     * keeps a statement such as {@code </script>} from closing that element. Still plain JSON.
     */
    static final ObjectWriter WRITER = Json.MAPPER.writer().with(new ScriptSafeEscapes());

    private ClaimReviews() {
    }

    /**
     * One claim's review. {@code datePublished} is the day of the first review;
     * {@code dateModified} the day of the newest correction, absent while the verdict never changed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimReview(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                              String url, String claimReviewed, ItemReviewed itemReviewed, Organization author,
                              String datePublished, String dateModified, ReviewRating reviewRating) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemReviewed(@JsonProperty("@type") String type, Person author, String datePublished,
                               CreativeWork appearance) {
    }

    public record Person(@JsonProperty("@type") String type, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(@JsonProperty("@type") String type, String name, String url) {
    }

    /** Where the claim appeared: its source, with a {@code url} only when that is a web address. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreativeWork(@JsonProperty("@type") String type, String url, String headline,
                               Organization publisher, String datePublished) {
    }

    /** {@code ratingValue} is left out for a rating that has none (unproven). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewRating(@JsonProperty("@type") String type, Integer ratingValue, int bestRating,
                               int worstRating, String alternateName) {
        static ReviewRating of(Rating rating) {
            return new ReviewRating("Rating", rating.ratingValue().orElse(null), Rating.BEST_RATING,
                    Rating.WORST_RATING, rating.label());
        }
    }

    public static List<ClaimReview> of(TimelinePage page, PublicTimelineSettings settings, ClaimLinks links) {
        Organization publisher = publisher(settings);
        return page.events().stream().map(claim -> claimReview(claim, publisher, links)).toList();
    }

    /** The one ClaimReview of a published claim, for its own page. */
    public static ClaimReview of(Claim claim, PublicTimelineSettings settings, ClaimLinks links) {
        return claimReview(claim, publisher(settings), links);
    }

    private static Organization publisher(PublicTimelineSettings settings) {
        return new Organization("Organization", settings.publisherName(), settings.publisherUrl().toString());
    }

    private static ClaimReview claimReview(Claim claim, Organization publisher, ClaimLinks links) {
        Review review = claim.publishedReview();
        ItemReviewed item = new ItemReviewed("Claim",
                claim.claimant() == null ? null : new Person("Person", claim.claimant()),
                claim.eventDate().value(), appearance(claim.source()));
        List<Correction> corrections = claim.corrections();
        String dateModified = corrections.isEmpty() ? null
                : day(corrections.get(corrections.size() - 1).at());
        return new ClaimReview(CONTEXT, "ClaimReview", links.review(claim.topic(), claim.id()), claim.statement(),
                item, publisher, day(claim.firstReview().orElse(review).reviewedAt()), dateModified,
                ReviewRating.of(review.rating()));
    }

    private static String day(java.time.Instant at) {
        return Timestamps.format(at).substring(0, 10);
    }

    /** The source as a CreativeWork; a {@code urn:} source has no URL to give, but a headline and publisher. */
    private static CreativeWork appearance(SourceRef source) {
        if (source == null) {
            return null;
        }
        return new CreativeWork("CreativeWork", Html.linkable(source.url()).orElse(null), source.title(),
                source.publisher() == null ? null : new Organization("Organization", source.publisher(), null),
                source.publishedAt());
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
    }
}
