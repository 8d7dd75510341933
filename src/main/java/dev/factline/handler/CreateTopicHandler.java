package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.BodyReader;
import dev.factline.http.Identity;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.TopicSummaryView;
import dev.factline.service.NewTopic;
import dev.factline.service.TopicService;

import java.util.Map;
import java.util.Set;

/** POST /topics: starts a topic; 409 when the id is taken. */
public final class CreateTopicHandler extends ApiHandler {

    static final Set<String> FIELDS = Set.of("id", "title");
    private static final Set<String> SERVER_OWNED = Set.of("pending", "reviewed", "createdBy", "createdAt", "sources");

    private final TopicService topics;

    public CreateTopicHandler() {
        this(Wiring.production());
    }

    public CreateTopicHandler(Wiring wiring) {
        this.topics = wiring.topics();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Identity caller = request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        BodyReader body = BodyReader.of(request.jsonObjectBody(), FIELDS, SERVER_OWNED);
        NewTopic input = new NewTopic(body.text("id"), body.text("title"));
        body.throwIfWrongTypes();
        TopicSummaryView view = TopicSummaryView.of(topics.create(input, caller.userId()));
        return Responses.json(201, view, Map.of("Location", "/topics/" + view.id()));
    }
}
