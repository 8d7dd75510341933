package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.FeedFormat;
import dev.factline.http.PublicCaching;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.QueryParameters;
import dev.factline.model.Topics;
import dev.factline.service.TimelineService;
import dev.factline.service.TimelineService.FeedQuery;

import java.util.Map;
import java.util.Set;

/**
 * GET /timelines/{topic}/feed: public; a topic's published claims by their latest change (published,
 * re-rated, withdrawn), newest first, as JSON Feed 1.1 or Atom, cacheable and open to every origin.
 */
public final class GetFeedHandler extends ApiHandler {

    private static final Set<String> PARAMETERS = Set.of("format", "limit", "cursor");

    private final TimelineService timelines;
    private final PublicTimelineSettings settings;

    public GetFeedHandler() {
        this(Wiring.production());
    }

    public GetFeedHandler(Wiring wiring) {
        this.timelines = wiring.timelines();
        this.settings = wiring.publicTimelineSettings();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String topic = request.pathParameter("topic", Topics::isValid, Topics.RULE);
        QueryParameters query = request.query(PARAMETERS);
        FeedFormat format = query.oneOf("format", FeedFormat.JSON, FeedFormat::fromWireName,
                "must be one of " + FeedFormat.wireNames());
        var page = timelines.feed(new FeedQuery(topic, query.limit(), query.get("cursor")));
        return PublicCaching.respond(request, format.render(page, settings, settings.links(request)),
                settings.cacheMaxAgeSeconds());
    }

    @Override
    Map<String, String> problemHeaders(int status) {
        return PublicCaching.problemHeaders(status, settings.cacheMaxAgeSeconds());
    }
}
