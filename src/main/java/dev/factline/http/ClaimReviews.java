package dev.factline.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.factline.model.Claim;
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimReview(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                              String url, String claimReviewed, ItemReviewed itemReviewed, Organization author,
                              String datePublished, ReviewRating reviewRating) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemReviewed(@JsonProperty("@type") String type, Person author, String datePublished,
                               CreativeWork appearance) {
    }

    public record Person(@JsonProperty("@type") String type, String name) {
    }

    public record Organization(@JsonProperty("@type") String type, String name, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreativeWork(@JsonProperty("@type") String type, String url, String name) {
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

    public static List<ClaimReview> of(TimelinePage page, PublicTimelineSettings settings) {
        Organization publisher = new Organization("Organization", settings.publisherName(),
                settings.publisherUrl().toString());
        String pageUrl = settings.pageUrl(page.topic());
        return page.events().stream().map(claim -> claimReview(claim, publisher, pageUrl)).toList();
    }

    private static ClaimReview claimReview(Claim claim, Organization publisher, String pageUrl) {
        Review review = claim.publishedReview();
        ItemReviewed item = new ItemReviewed("Claim",
                claim.claimant() == null ? null : new Person("Person", claim.claimant()),
                claim.eventDate().value(), appearance(claim.source()));
        return new ClaimReview(CONTEXT, "ClaimReview", pageUrl + "#" + claim.id(), claim.statement(), item,
                publisher, Timestamps.format(review.reviewedAt()).substring(0, 10), ReviewRating.of(review.rating()));
    }

    /** Where the claim appeared, when that is a web page; a {@code urn:} source has no URL to give. */
    private static CreativeWork appearance(SourceRef source) {
        if (source == null) {
            return null;
        }
        return Html.linkable(source.url()).map(url -> new CreativeWork("CreativeWork", url, source.title()))
                .orElse(null);
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
