package dev.factline.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.factline.http.Views.TimelineView;
import dev.factline.service.TimelineService.TimelinePage;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The representations of a timeline page, chosen with {@code ?format=}. */
public enum TimelineFormat {
    JSON("json", Responses.JSON, Json.MAPPER.writer(), (page, settings, links) -> TimelineView.of(page, links)),
    TIMELINEJS("timelinejs", Responses.JSON, Json.MAPPER.writer(), TimelineJs::of),
    CLAIMREVIEW("claimreview", ClaimReviews.MEDIA_TYPE, ClaimReviews.WRITER, ClaimReviews::of);

    private final String wireName;
    private final String contentType;
    private final ObjectWriter writer;
    private final View view;

    TimelineFormat(String wireName, String contentType, ObjectWriter writer,
                   View view) {
        this.wireName = wireName;
        this.contentType = contentType;
        this.writer = writer;
        this.view = view;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TimelineFormat> fromWireName(String value) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(value)).findFirst();
    }

    /** Every format's name, for the message that refuses another. */
    public static String wireNames() {
        return Arrays.stream(values()).map(TimelineFormat::wireName).collect(Collectors.joining(", "));
    }

    /** How a format shows a page. */
    @FunctionalInterface
    interface View {
        Object of(TimelinePage page, PublicTimelineSettings settings, ClaimLinks links);
    }

    public PublicCaching.Representation render(TimelinePage page, PublicTimelineSettings settings,
                                               ClaimLinks links) {
        Object body = view.of(page, settings, links);
        try {
            return new PublicCaching.Representation(contentType, Json.write(writer, body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline page cannot be written as " + wireName, e);
        }
    }
}
