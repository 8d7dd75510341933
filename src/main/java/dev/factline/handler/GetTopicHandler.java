package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.TopicView;
import dev.factline.service.TopicService;

import java.util.Set;

/** GET /topics/{topic}: a started topic, its counts and its sources, most recently added first. */
public final class GetTopicHandler extends ApiHandler {

    private final TopicService topics;

    public GetTopicHandler() {
        this(Wiring.production());
    }

    public GetTopicHandler(Wiring wiring) {
        this.topics = wiring.topics();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        request.query(Set.of());
        return Responses.json(200, TopicView.of(topics.get(request.pathParameter("topic"))));
    }
}
