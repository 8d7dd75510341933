package dev.factline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.model.Claim;
import dev.factline.model.DateProvenance;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.SourceRef;
import dev.factline.service.TimelineService.TimelinePage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two embeddable formats, field by field, for each date precision and for a rating without a value. */
class TimelineFormatTest {

    private static final PublicTimelineSettings SETTINGS = new PublicTimelineSettings("Factline Desk",
            URI.create("https://factline.example"), "https://factline.example/timelines/{topic}", 60);
    private static final ClaimLinks LINKS = new ClaimLinks("https://api.factline.example", SETTINGS.pageUrlPattern());
    private static final String XSS = "<img src=x onerror=\"window.__xss=1\">";

    private static final Claim DAY = claim("0000000000000000000000000000000d", "2024-11-15", "2024-11-16",
            "Joe Biden", new SourceRef("s1", "https://example.org/news?a=1&b=2", "News & views", "Pub", "2024-11-16"),
            "On Friday, Mr Biden", Rating.ACCURATE,
            List.of(new Evidence("https://example.org/evidence", "Transcript <full>")));
    private static final Claim MONTH = claim("0000000000000000000000000000000e", "2024-11", null, null, null, null,
            Rating.MISLEADING, List.of());
    private static final Claim YEAR = claim("0000000000000000000000000000000f", "2025", null, "Steve Madden",
            new SourceRef("s2", "urn:factline:seed:x", "Seed article", null, "2024-11-16"), "cut imports",
            Rating.UNPROVEN, List.of());
    private static final Claim HOSTILE = claim("00000000000000000000000000000010", "2024", null, XSS,
            new SourceRef("s3", "javascript:alert(1)", XSS, null, null), XSS, Rating.FALSE,
            List.of(new Evidence("https://example.org/it's", XSS)));

    private static final TimelinePage PAGE = new TimelinePage("biden-xi-apec-2024", List.of(YEAR, MONTH, DAY), null);

    private static Claim claim(String id, String date, String endDate, String claimant, SourceRef source, String quote,
                               Rating rating, List<Evidence> evidence) {
        String statement = id.equals("00000000000000000000000000000010") ? XSS : "Statement of " + date;
        return new Claim(id, "biden-xi-apec-2024", statement, EventDate.parse(date),
                endDate == null ? null : EventDate.parse(endDate), claimant, source, quote, quote != null,
                ClaimStatus.REVIEWED, "fc", Instant.parse("2024-11-16T09:00:00Z"), 2,
                List.of(new Review("ed", rating, "Because & so.", evidence, Instant.parse("2024-11-17T10:30:00Z"))),
                "hash");
    }

    private static JsonNode render(TimelineFormat format, TimelinePage page) {
        try {
            return Json.MAPPER.readTree(format.render(page, SETTINGS, LINKS).body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void timelineJs_anApproximateCorrectedClaim_saysAboutInDisplayDate_namesTheCorrection_andLinksItsPage() {
        Claim corrected = new Claim("00000000000000000000000000000011", "biden-xi-apec-2024", "Spring claim",
                EventDate.parse("2025-04"), null, null, null, null, false, ClaimStatus.REVIEWED, "fc",
                Instant.parse("2024-11-16T09:00:00Z"), 3,
                List.of(new Review("ed", Rating.ACCURATE, "First.", List.of(), Instant.parse("2024-11-17T10:30:00Z")),
                        new Review("ed2", Rating.FALSE, "Later <b>evidence</b>.", List.of(),
                                Instant.parse("2024-11-20T08:00:00Z"))),
                "hash", null, new DateProvenance("in the spring", null, EventDate.parse("2024-11-16"), true), null);
        TimelinePage page = new TimelinePage("biden-xi-apec-2024", List.of(corrected, DAY), null);

        JsonNode slides = render(TimelineFormat.TIMELINEJS, page).get("events");
        assertEquals("About April 2025", slides.get(0).get("display_date").asText());
        assertFalse(slides.get(1).has("display_date"), "an exact date is left to TimelineJS");
        String text = slides.get(0).at("/text/text").asText();
        assertTrue(text.contains("<p>Corrected 2024-11-20: Accurate to False</p>"), text);
        assertTrue(text.contains("<a href=\"https://factline.example/timelines/biden-xi-apec-2024#"
                + corrected.id() + "\">The fact-check</a>"), text);

        JsonNode review = render(TimelineFormat.CLAIMREVIEW, page).get(0);
        assertEquals("2024-11-17", review.get("datePublished").asText());
        assertEquals("2024-11-20", review.get("dateModified").asText());
        assertFalse(render(TimelineFormat.CLAIMREVIEW, page).get(1).has("dateModified"), "never corrected");

        JsonNode event = render(TimelineFormat.JSON, page).get("events").get(0);
        assertTrue(event.get("corrected").asBoolean());
        assertEquals("https://api.factline.example/timelines/biden-xi-apec-2024/claims/" + corrected.id()
                + "?format=html", event.get("claimPageUrl").asText());
    }

    @Test
    void fromWireName_findsEachFormatByItsName_andNoneForAnotherName() {
        assertEquals(Optional.of(TimelineFormat.CLAIMREVIEW), TimelineFormat.fromWireName("claimreview"));
        assertEquals(Optional.empty(), TimelineFormat.fromWireName("xml"));
        assertEquals("json, timelinejs, claimreview", TimelineFormat.wireNames());
    }

    @Test
    void timelineJs_hasATitleSlideNamingTheTopic_andOneSlidePerClaim() {
        JsonNode doc = render(TimelineFormat.TIMELINEJS, PAGE);
        assertEquals("biden-xi-apec-2024", doc.at("/title/text/headline").asText());
        assertTrue(doc.at("/title/text/text").asText().contains("<a href=\"https://factline.example\">Factline Desk</a>"));
        assertFalse(doc.get("title").has("start_date"));
        assertEquals(3, doc.get("events").size());
        JsonNode year = doc.get("events").get(0);
        assertEquals(YEAR.id(), year.get("unique_id").asText());
        assertEquals("Unproven", year.get("group").asText());
        assertEquals("Statement of 2025", year.at("/text/headline").asText());
    }

    @Test
    void timelineJs_datesAreNumbersToTheClaimsPrecision() {
        JsonNode events = render(TimelineFormat.TIMELINEJS, PAGE).get("events");
        assertEquals(Json.MAPPER.createObjectNode().put("year", 2025), events.get(0).get("start_date"));
        assertEquals(Json.MAPPER.createObjectNode().put("year", 2024).put("month", 11), events.get(1).get("start_date"));
        assertEquals(Json.MAPPER.createObjectNode().put("year", 2024).put("month", 11).put("day", 15),
                events.get(2).get("start_date"));
        assertEquals(Json.MAPPER.createObjectNode().put("year", 2024).put("month", 11).put("day", 16),
                events.get(2).get("end_date"));
        assertFalse(events.get(0).has("end_date"));
    }

    @Test
    void timelineJs_textIsHtmlEscaped_andOnlyWebUrlsBecomeLinks() {
        JsonNode day = render(TimelineFormat.TIMELINEJS, PAGE).get("events").get(2);
        String text = day.at("/text/text").asText();
        assertTrue(text.contains("<p><strong>Accurate</strong> (reviewed 2024-11-17)</p>"), text);
        assertTrue(text.contains("<p>Because &amp; so.</p>"), text);
        assertTrue(text.contains("<p>Claimed by Joe Biden</p>"), text);
        assertTrue(text.contains("<blockquote>On Friday, Mr Biden</blockquote>"), text);
        assertTrue(text.contains("<a href=\"https://example.org/news?a=1&amp;b=2\">News &amp; views</a>"), text);
        assertTrue(text.contains("<a href=\"https://example.org/evidence\">Transcript &lt;full&gt;</a>"), text);

        JsonNode hostile = render(TimelineFormat.TIMELINEJS,
                new TimelinePage("t", List.of(HOSTILE), null)).get("events").get(0);
        assertEquals("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;", hostile.at("/text/headline").asText());
        String hostileText = hostile.at("/text/text").asText();
        assertFalse(hostileText.contains("<img"), hostileText);
        assertFalse(hostileText.contains("javascript:"), "a javascript: source is text, never a link: " + hostileText);
        assertTrue(hostileText.contains("<a href=\"https://example.org/it&#39;s\">&lt;img"), hostileText);
    }

    @Test
    void claimReview_hasGooglesFields_forADayPrecisionClaimWithAWebSource() {
        JsonNode reviews = render(TimelineFormat.CLAIMREVIEW, PAGE);
        assertTrue(reviews.isArray());
        assertEquals(3, reviews.size());
        JsonNode review = reviews.get(2);
        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("https://factline.example/timelines/biden-xi-apec-2024#" + DAY.id(), review.get("url").asText());
        assertEquals("Statement of 2024-11-15", review.get("claimReviewed").asText());
        assertEquals("2024-11-17", review.get("datePublished").asText());
        assertEquals(Json.MAPPER.createObjectNode().put("@type", "Organization").put("name", "Factline Desk")
                .put("url", "https://factline.example"), review.get("author"));
        JsonNode item = review.get("itemReviewed");
        assertEquals("Claim", item.get("@type").asText());
        assertEquals("2024-11-15", item.get("datePublished").asText());
        assertEquals(Json.MAPPER.createObjectNode().put("@type", "Person").put("name", "Joe Biden"), item.get("author"));
        ObjectNode appearance = Json.MAPPER.createObjectNode().put("@type", "CreativeWork")
                .put("url", "https://example.org/news?a=1&b=2").put("headline", "News & views");
        appearance.putObject("publisher").put("@type", "Organization").put("name", "Pub");
        appearance.put("datePublished", "2024-11-16");
        assertEquals(appearance, item.get("appearance"));
        assertEquals(Json.MAPPER.createObjectNode().put("@type", "Rating").put("ratingValue", 5).put("bestRating", 5)
                .put("worstRating", 1).put("alternateName", "Accurate"), review.get("reviewRating"));
    }

    @Test
    void claimReview_monthAndYearClaims_keepTheirPrecision_andUnprovenHasNoRatingValue() {
        JsonNode reviews = render(TimelineFormat.CLAIMREVIEW, PAGE);
        JsonNode year = reviews.get(0);
        assertEquals("2025", year.at("/itemReviewed/datePublished").asText());
        assertEquals(Json.MAPPER.createObjectNode().put("@type", "Rating").put("bestRating", 5).put("worstRating", 1)
                .put("alternateName", "Unproven"), year.get("reviewRating"));
        assertFalse(year.at("/itemReviewed/appearance").has("url"), "a urn: source has no URL to give");
        assertEquals("CreativeWork", year.at("/itemReviewed/appearance/@type").asText(), "but still appears");
        JsonNode month = reviews.get(1);
        assertEquals("2024-11", month.at("/itemReviewed/datePublished").asText());
        assertEquals(2, month.at("/reviewRating/ratingValue").asInt());
        assertFalse(month.get("itemReviewed").has("author"), "no claimant, no author");
    }

    @Test
    void claimReview_isSafeToPasteIntoAScriptElement() {
        String body = TimelineFormat.CLAIMREVIEW.render(new TimelinePage("t", List.of(HOSTILE), null), SETTINGS, LINKS).body();
        assertFalse(body.contains("<"), body);
        assertTrue(body.contains("\\u003cimg src=x onerror=\\\"window.__xss=1\\\"\\u003e"), body);
        assertEquals(XSS, render(TimelineFormat.CLAIMREVIEW, new TimelinePage("t", List.of(HOSTILE), null))
                .get(0).get("claimReviewed").asText());
        assertEquals("application/ld+json", TimelineFormat.CLAIMREVIEW.render(PAGE, SETTINGS, LINKS).contentType());
    }
}
