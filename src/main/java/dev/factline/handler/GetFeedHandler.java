package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.ClaimLinks;
import dev.factline.http.PublicCaching;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.FeedFormat;
import dev.factline.http.QueryParameters;
import dev.factline.model.Topics;
import dev.factline.service.TimelineService;
import dev.factline.service.TimelineService.FeedQuery;

import java.util.Set;

/**
 * GET /timelines/{topic}/feed: public; a topic's published claims by their latest change (published,
 * re-rated, withdrawn), newest first, as JSON Feed 1.1 or Atom, cacheable and open to every origin.
 */
public final class GetFeedHandler extends PublicHandler {

    private static final Set<String> PARAMETERS = Set.of("format", "limit", "cursor");

    private final TimelineService timelines;

    public GetFeedHandler() {
        this(Wiring.production());
    }

    public GetFeedHandler(Wiring wiring) {
        super(wiring);
        this.timelines = wiring.timelines();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String topic = request.pathParameter("topic", Topics::isValid, Topics.RULE);
        QueryParameters query = request.query(PARAMETERS);
        FeedFormat format = query.oneOf("format", FeedFormat.JSON, FeedFormat::fromWireName,
                "must be one of " + FeedFormat.wireNames());
        var page = timelines.feed(new FeedQuery(topic, query.limit(), query.get("cursor")));
        PublicTimelineSettings settings = settings();
        ClaimLinks links = settings.links(request);
        return respond(request, PublicCaching.determinants("feed", format.wireName(), settings, links, topic,
                page.nextCursor(), page.claims()), () -> format.render(page, settings, links));
    }
}
