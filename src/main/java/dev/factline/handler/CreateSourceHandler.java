package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.BodyReader;
import dev.factline.http.Identity;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.SourceSummaryView;
import dev.factline.service.NewSource;
import dev.factline.service.SourceService;

import java.util.Map;
import java.util.Set;

/** POST /sources: 201 for a new URL, 200 with the stored source for a repeat. */
public final class CreateSourceHandler extends ApiHandler {

    static final Set<String> FIELDS = Set.of("url", "title", "publisher", "publishedAt", "text", "topic");
    private static final Set<String> SERVER_OWNED = Set.of("id", "textLength", "createdBy", "createdAt");

    private final SourceService sources;

    public CreateSourceHandler() {
        this(Wiring.production());
    }

    public CreateSourceHandler(Wiring wiring) {
        this.sources = wiring.sources();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Identity caller = request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        BodyReader body = BodyReader.of(request.jsonObjectBody(), FIELDS, SERVER_OWNED);
        NewSource input = new NewSource(body.text("url"), body.text("title"), body.text("publisher"),
                body.text("publishedAt"), body.text("text"), body.text("topic"));
        body.throwIfWrongTypes();
        SourceService.Stored stored = sources.create(input, caller.userId());
        SourceSummaryView view = SourceSummaryView.of(stored.source());
        return stored.created()
                ? Responses.json(201, view, Map.of("Location", "/sources/" + view.id()))
                : Responses.json(200, view);
    }
}
