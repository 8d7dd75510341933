package dev.factline.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.factline.model.Claim;
import dev.factline.model.Correction;
import dev.factline.model.DateProvenance;
import dev.factline.model.Evidence;
import dev.factline.model.QuoteLocation;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.SourceRef;
import dev.factline.model.Timestamps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A published claim's page, server-rendered: readable without JavaScript, every value from the
 * claim escaped, its one ClaimReview in a {@code <script type="application/ld+json">} data block
 * (written with {@link ClaimReviews#WRITER}, which escapes {@code < > &}), a canonical link and
 * Open Graph tags. Its only style is the inline sheet below, allowed by hash in {@link #CSP};
 * nothing else may load or run.
 */
final class ClaimPageHtml {

    private static final String STYLE = "body{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;"
            + "margin:0;padding:1rem}main,footer{max-width:42rem;margin:0 auto}h1{font-size:1.5rem;line-height:1.3}"
            + "blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid #555}"
            + ".verdict{font-size:1.25rem}.corrected{display:inline-block;margin-left:.5rem;padding:0 .5rem;"
            + "border:2px solid #8a1c1c;color:#8a1c1c;font-weight:bold}dt{font-weight:bold}dd{margin:0 0 .75rem}"
            + "a{color:#0b4f9c}code{overflow-wrap:anywhere}footer{margin-top:2rem;font-size:.9rem;color:#333}";

    /** Nothing loads or runs; the inline style is allowed by its hash. */
    static final String CSP = "default-src 'none'; style-src '" + sha256Base64(STYLE) + "'; img-src 'none';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private ClaimPageHtml() {
    }

    static String render(Claim claim, PublicTimelineSettings settings, ClaimLinks links) {
        Review review = claim.publishedReview();
        Review first = claim.firstReview().orElse(review);
        List<Correction> corrections = claim.corrections();
        String canonical = links.claimPage(claim.topic(), claim.id());
        String title = review.rating().label() + ": " + shorten(claim.statement(), 90);
        String description = shorten(review.explanation(), 200);
        String jsonLd;
        try {
            jsonLd = ClaimReviews.WRITER.writeValueAsString(ClaimReviews.of(claim, settings, links));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the ClaimReview of claim " + claim.id() + " cannot be written", e);
        }

        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" | ")
                .append(Html.escape(settings.publisherName())).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(Html.escape(canonical)).append("\">\n")
                .append(meta("name", "description", description))
                .append(meta("property", "og:type", "article"))
                .append(meta("property", "og:title", title))
                .append(meta("property", "og:description", description))
                .append(meta("property", "og:url", canonical))
                .append(meta("property", "og:site_name", settings.publisherName()))
                .append(meta("name", "twitter:card", "summary"))
                .append("<style>").append(STYLE).append("</style>\n")
                .append("<script type=\"application/ld+json\">").append(jsonLd).append("</script>\n")
                .append("</head>\n<body>\n<main>\n");

        html.append("<p>Fact-check on the timeline ");
        String timelinePage = links.timelinePage(claim.topic());
        html.append(timelinePage == null ? "<code>" + Html.escape(claim.topic()) + "</code>"
                : Html.link(timelinePage, claim.topic()));
        html.append("</p>\n<h1>").append(Html.escape(claim.statement())).append("</h1>\n");
        html.append("<p class=\"verdict\">Verdict: <strong>").append(Html.escape(review.rating().label()))
                .append("</strong>");
        if (!corrections.isEmpty()) {
            html.append("<span class=\"corrected\">Corrected</span>");
        }
        html.append("</p>\n<p>").append(Html.escape(review.explanation())).append("</p>\n");

        html.append("<dl>\n");
        if (claim.claimant() != null) {
            html.append(term("Claimed by", Html.escape(claim.claimant())));
        }
        html.append(term("Date of the claim", dateOf(claim)));
        html.append(term("How the date was determined", provenance(claim.dateProvenance())));
        html.append(term("First reviewed", time(first.reviewedAt())));
        if (review != first) {
            html.append(term("Last reviewed", time(review.reviewedAt())));
        }
        html.append("</dl>\n");

        if (claim.quote() != null || claim.source() != null) {
            html.append("<h2>Quote and source</h2>\n");
            if (claim.quote() != null) {
                html.append("<blockquote>").append(Html.escape(claim.quote())).append("</blockquote>\n");
                html.append("<p>").append(claim.quoteVerified() ? "The quote was checked against the source's text."
                        : "The quote was not checked against a source text.").append("</p>\n");
            }
            if (claim.source() != null) {
                html.append("<p>Source: ").append(source(claim.source())).append("</p>\n");
            }
            if (claim.quoteLocation() != null) {
                html.append(location(claim.quoteLocation()));
            }
        }

        if (!review.evidence().isEmpty()) {
            html.append("<h2>Evidence</h2>\n<ul>\n");
            for (Evidence evidence : review.evidence()) {
                html.append("<li>").append(Html.link(evidence.url(), evidence.title())).append("</li>\n");
            }
            html.append("</ul>\n");
        }

        if (!corrections.isEmpty()) {
            html.append("<h2>Corrections</h2>\n<ol>\n");
            for (Correction correction : corrections) {
                html.append("<li>").append(time(correction.at())).append(": the verdict was changed from <strong>")
                        .append(Html.escape(correction.from().label())).append("</strong> to <strong>")
                        .append(Html.escape(correction.to().label())).append("</strong>. ")
                        .append(Html.escape(correction.note())).append("</li>\n");
            }
            html.append("</ol>\n");
        }

        html.append("<h2>History</h2>\n<ol>\n");
        for (Review r : claim.reviews()) {
            html.append("<li>").append(time(r.reviewedAt())).append(": <strong>")
                    .append(Html.escape(r.rating().label())).append("</strong>. ")
                    .append(Html.escape(r.explanation())).append("</li>\n");
        }
        html.append("</ol>\n</main>\n");

        html.append("<footer>\n<p>Fact-checked by ")
                .append(Html.link(settings.publisherUrl().toString(), settings.publisherName())).append(". ")
                .append("Rating scale, best to worst: ").append(scale()).append(".</p>\n")
                .append("<p>Also as <a href=\"").append(Html.escape(links.claimPage(claim.topic(), claim.id(), "json")))
                .append("\">JSON</a> and <a href=\"")
                .append(Html.escape(links.claimPage(claim.topic(), claim.id(), "claimreview")))
                .append("\">ClaimReview</a>.</p>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String meta(String attribute, String name, String content) {
        return "<meta " + attribute + "=\"" + name + "\" content=\"" + Html.escape(content) + "\">\n";
    }

    private static String term(String name, String valueHtml) {
        return "<dt>" + name + "</dt><dd>" + valueHtml + "</dd>\n";
    }

    private static String dateOf(Claim claim) {
        boolean approximate = claim.dateProvenance() != null && claim.dateProvenance().approximate();
        String date = "<time datetime=\"" + Html.escape(claim.eventDate().value()) + "\">"
                + Html.escape(HumanDates.of(claim.eventDate(), approximate)) + "</time>";
        if (claim.endDate() != null) {
            date += " to <time datetime=\"" + Html.escape(claim.endDate().value()) + "\">"
                    + Html.escape(HumanDates.of(claim.endDate())) + "</time>";
        }
        return date + " (to the " + claim.eventDate().precision().wireName() + ")";
    }

    private static String provenance(DateProvenance p) {
        if (p == null) {
            return "Dated by hand by the fact-checker.";
        }
        StringBuilder out = new StringBuilder("From the words \u201C").append(Html.escape(p.phrase()))
                .append("\u201D in the source");
        if (p.anchor() != null) {
            out.append(", counted from <time datetime=\"").append(Html.escape(p.anchor().value())).append("\">")
                    .append(Html.escape(HumanDates.of(p.anchor()))).append("</time>");
        }
        out.append(p.basis() == null ? "." : ": " + Html.escape(p.basis()) + ".");
        if (p.approximate()) {
            out.append(" The date is approximate.");
        }
        return out.toString();
    }

    private static String source(SourceRef source) {
        StringBuilder out = new StringBuilder(Html.link(source.url(),
                source.title() == null ? source.url() : source.title()));
        if (source.publisher() != null) {
            out.append(", ").append(Html.escape(source.publisher()));
        }
        if (source.publishedAt() != null) {
            out.append(", published ").append(Html.escape(source.publishedAt()));
        }
        if (Html.linkable(source.url()).isEmpty()) {
            out.append(" (<code>").append(Html.escape(source.url())).append("</code>)");
        }
        return out.toString();
    }

    private static String location(QuoteLocation q) {
        return "<p>The quote is characters " + q.start() + " to " + q.end()
                + " (Unicode code points, end exclusive) of the source's normalized text, whose SHA-256 is <code>"
                + Html.escape(q.sourceSha256()) + "</code>. Anyone holding the article can check both.</p>\n";
    }

    private static String time(Instant at) {
        String stamp = Timestamps.format(at);
        return "<time datetime=\"" + stamp + "\">" + stamp.substring(0, 10) + "</time>";
    }

    private static String scale() {
        StringBuilder out = new StringBuilder();
        for (Rating rating : Rating.values()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(Html.escape(rating.label())).append(rating.ratingValue().map(v -> " (" + v + ")")
                    .orElse(" (no number)"));
        }
        return out.toString();
    }

    private static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    private static String sha256Base64(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
