package dev.factline.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.factline.http.Views.ClaimPageView;
import dev.factline.model.Claim;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The representations of a published claim's own page, chosen with {@code ?format=}. */
public enum ClaimPageFormat {
    JSON("json", Responses.JSON),
    CLAIMREVIEW("claimreview", ClaimReviews.MEDIA_TYPE),
    HTML("html", "text/html; charset=utf-8");

    private final String wireName;
    private final String contentType;

    ClaimPageFormat(String wireName, String contentType) {
        this.wireName = wireName;
        this.contentType = contentType;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ClaimPageFormat> fromWireName(String value) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(value)).findFirst();
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(ClaimPageFormat::wireName).collect(Collectors.joining(", "));
    }

    /** Headers the HTML page adds to the public caching ones: its CSP, and no sniffing. */
    public Map<String, String> extraHeaders() {
        return this == HTML
                ? Map.of("Content-Security-Policy", ClaimPageHtml.CSP, "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", "strict-origin-when-cross-origin")
                : Map.of();
    }

    public PublicCaching.Representation render(Claim claim, PublicTimelineSettings settings, ClaimLinks links) {
        return new PublicCaching.Representation(contentType, body(claim, settings, links));
    }

    private String body(Claim claim, PublicTimelineSettings settings, ClaimLinks links) {
        if (this == HTML) {
            return ClaimPageHtml.render(claim, settings, links);
        }
        Object view = this == JSON ? ClaimPageView.of(claim, links) : ClaimReviews.of(claim, settings, links);
        ObjectWriter writer = this == JSON ? Json.MAPPER.writer() : ClaimReviews.WRITER;
        try {
            return Json.write(writer, view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim " + claim.id() + " cannot be written as " + wireName, e);
        }
    }
}
