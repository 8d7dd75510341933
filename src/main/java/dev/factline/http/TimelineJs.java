package dev.factline.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.factline.model.Claim;
import dev.factline.model.Correction;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Review;
import dev.factline.model.SourceRef;
import dev.factline.model.Timestamps;
import dev.factline.service.TimelineService.TimelinePage;

import java.util.List;

/**
 * A timeline page as Knight Lab's TimelineJS3 JSON: a title slide naming the topic and one
 * slide per claim. TimelineJS renders headline and text as HTML, so every value from a claim
 * is escaped here and only http(s) URLs become links.
 */
public final class TimelineJs {

    private TimelineJs() {
    }

    public record Document(Slide title, List<Slide> events) {
    }

    /** A slide; the title slide has neither id, dates nor group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(@JsonProperty("unique_id") String uniqueId,
                        @JsonProperty("start_date") DateObject startDate,
                        @JsonProperty("end_date") DateObject endDate,
                        @JsonProperty("display_date") String displayDate,
                        Text text, String group) {
    }

    /** Numbers, as TimelineJS documents them, and only as many parts as the claim's date has. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateObject(int year, Integer month, Integer day) {
        static DateObject of(EventDate date) {
            return date == null ? null : new DateObject(date.year(), date.month(), date.day());
        }
    }

    public record Text(String headline, String text) {
    }

    public static Document of(TimelinePage page, PublicTimelineSettings settings, ClaimLinks links) {
        Slide title = new Slide(null, null, null, null, new Text(Html.escape(page.topic()),
                "<p>Reviewed claims on " + Html.escape(page.topic()) + ", in date order, fact-checked by "
                        + Html.link(settings.publisherUrl().toString(), settings.publisherName()) + ".</p>"),
                null);
        return new Document(title, page.events().stream().map(claim -> slide(claim, links)).toList());
    }

    /** An approximate date says so ("About 2025"); others are left to TimelineJS, which shows the parts given. */
    private static Slide slide(Claim claim, ClaimLinks links) {
        Review review = claim.publishedReview();
        boolean approximate = claim.dateProvenance() != null && claim.dateProvenance().approximate();
        return new Slide(claim.id(), DateObject.of(claim.eventDate()), DateObject.of(claim.endDate()),
                approximate ? HumanDates.of(claim.eventDate(), true) : null,
                new Text(Html.escape(claim.statement()), body(claim, review, links)), review.rating().label());
    }

    private static String body(Claim claim, Review review, ClaimLinks links) {
        StringBuilder html = new StringBuilder();
        html.append("<p><strong>").append(Html.escape(review.rating().label())).append("</strong>")
                .append(" (reviewed ").append(Html.escape(Timestamps.format(review.reviewedAt()).substring(0, 10)))
                .append(")</p>");
        for (Correction correction : claim.corrections()) {
            html.append("<p>Corrected ").append(Html.escape(Timestamps.format(correction.at()).substring(0, 10)))
                    .append(": ").append(Html.escape(correction.from().label())).append(" to ")
                    .append(Html.escape(correction.to().label())).append("</p>");
        }
        html.append("<p>").append(Html.escape(review.explanation())).append("</p>");
        if (claim.claimant() != null) {
            html.append("<p>Claimed by ").append(Html.escape(claim.claimant())).append("</p>");
        }
        if (claim.quote() != null) {
            html.append("<blockquote>").append(Html.escape(claim.quote())).append("</blockquote>");
        }
        SourceRef source = claim.source();
        if (source != null) {
            html.append("<p>Source: ").append(Html.link(source.url(), source.title())).append("</p>");
        }
        if (!review.evidence().isEmpty()) {
            html.append("<p>Evidence:</p><ul>");
            for (Evidence evidence : review.evidence()) {
                html.append("<li>").append(Html.link(evidence.url(), evidence.title())).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<p>").append(Html.link(links.review(claim.topic(), claim.id()), "The fact-check")).append("</p>");
        return html.toString();
    }
}
