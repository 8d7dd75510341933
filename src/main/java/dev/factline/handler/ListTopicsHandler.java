package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.TopicListView;
import dev.factline.service.TopicService;

import java.util.Set;

/** GET /topics: every started topic, by id, with its pending and reviewed counts. */
public final class ListTopicsHandler extends ApiHandler {

    private final TopicService topics;

    public ListTopicsHandler() {
        this(Wiring.production());
    }

    public ListTopicsHandler(Wiring wiring) {
        this.topics = wiring.topics();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        request.query(Set.of());
        return Responses.json(200, TopicListView.of(topics.list()));
    }
}
