package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.QueryParameters;
import dev.factline.http.Responses;
import dev.factline.http.Views.TimelineView;
import dev.factline.model.Rating;
import dev.factline.model.Topics;
import dev.factline.service.TimelineService;
import dev.factline.service.TimelineService.TimelineQuery;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** GET /timelines/{topic}: public; the reviewed claims of a topic in date order. */
public final class GetTimelineHandler extends ApiHandler {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "rating", "limit", "cursor", "format");
    private static final Map<String, String> PUBLIC_HEADERS = Map.of("Access-Control-Allow-Origin", "*");

    private final TimelineService timelines;

    public GetTimelineHandler() {
        this(Production.timelineService());
    }

    GetTimelineHandler(TimelineService timelines) {
        this.timelines = timelines;
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String topic = request.pathParameter("topic");
        if (!Topics.isValid(topic)) {
            throw QueryParameters.badParameter("topic", Topics.RULE);
        }
        QueryParameters query = request.query(PARAMETERS);
        String format = query.get("format");
        if (format != null && !format.equals("json")) {
            throw QueryParameters.badParameter("format", "must be json");
        }
        TimelineQuery timelineQuery = new TimelineQuery(topic, query.date("from"), query.date("to"),
                ratings(query.get("rating")), query.limit(), query.get("cursor"));
        return Responses.json(200, TimelineView.of(timelines.page(timelineQuery)), PUBLIC_HEADERS);
    }

    private static Set<Rating> ratings(String value) {
        Set<Rating> ratings = EnumSet.noneOf(Rating.class);
        if (value == null) {
            return ratings;
        }
        for (String name : value.split(",", -1)) {
            ratings.add(Rating.fromWireName(name.strip()).orElseThrow(() -> QueryParameters.badParameter(
                    "rating", "each must be one of " + Rating.wireNames())));
        }
        return ratings;
    }
}
