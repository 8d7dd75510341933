package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimLinks;
import dev.factline.http.PublicCaching;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.QueryParameters;
import dev.factline.http.TimelineFormat;
import dev.factline.model.Rating;
import dev.factline.model.Topics;
import dev.factline.service.TimelineService;
import dev.factline.service.TimelineService.TimelineQuery;

import java.util.Set;

/**
 * GET /timelines/{topic}: public; the reviewed claims of a topic in date order, as JSON,
 * TimelineJS or ClaimReview, cacheable and open to every origin.
 */
public final class GetTimelineHandler extends PublicHandler {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "rating", "limit", "cursor", "format");

    private final TimelineService timelines;

    public GetTimelineHandler() {
        this(Wiring.production());
    }

    public GetTimelineHandler(Wiring wiring) {
        super(wiring);
        this.timelines = wiring.timelines();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String topic = request.pathParameter("topic", Topics::isValid, Topics.RULE);
        QueryParameters query = request.query(PARAMETERS);
        TimelineFormat format = query.oneOf("format", TimelineFormat.JSON, TimelineFormat::fromWireName,
                "must be one of " + TimelineFormat.wireNames());
        TimelineQuery timelineQuery = new TimelineQuery(topic, query.date("from"), query.date("to"),
                query.setOf("rating", Rating::fromWireName, "each must be one of " + Rating.wireNames()),
                query.limit(), query.get("cursor"));
        TimelineService.TimelinePage page = timelines.page(timelineQuery);
        PublicTimelineSettings settings = settings();
        ClaimLinks links = settings.links(request);
        return respond(request, PublicCaching.determinants("timeline", format.wireName(), settings, links, topic,
                page.nextCursor(), page.events()), () -> format.render(page, settings, links));
    }
}
