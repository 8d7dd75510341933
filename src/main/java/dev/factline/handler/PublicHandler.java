package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.PublicCaching;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.RenderedPages;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What every public route shares (the timeline, its feed, each claim's page): the publisher's
 * settings, its pages answered with public caching, and its problems cached as briefly.
 */
abstract class PublicHandler extends ApiHandler {

    private final Supplier<PublicTimelineSettings> settings;
    private final RenderedPages rendered = new RenderedPages(RenderedPages.DEFAULT_CAPACITY_CHARS);

    PublicHandler(Wiring wiring) {
        this.settings = wiring.publicTimelineSettings();
    }

    /** The publisher's settings as they are now: read once per request, they may change between two. */
    final PublicTimelineSettings settings() {
        return settings.get();
    }

    /**
     * A page with the route's caching: a 200, or a 304 without rendering for a matching
     * If-None-Match; the ETag is that of the page's {@link PublicCaching#determinants}, and a
     * page this instance rendered under the same ETag is answered again without rendering.
     */
    final APIGatewayV2HTTPResponse respond(ApiRequest request, String determinants,
                                           Supplier<PublicCaching.Representation> render) {
        return PublicCaching.respond(request, determinants, render, rendered, settings().cacheMaxAgeSeconds());
    }

    @Override
    final Map<String, String> problemHeaders(int status) {
        return PublicCaching.problemHeaders(status, settings().cacheMaxAgeSeconds());
    }
}
