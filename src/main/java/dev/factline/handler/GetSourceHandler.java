package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.SourceView;
import dev.factline.service.SourceService;

import java.util.Set;

/** GET /sources/{id}: the source with its full text. */
public final class GetSourceHandler extends ApiHandler {

    private final SourceService sources;

    public GetSourceHandler() {
        this(Wiring.production());
    }

    public GetSourceHandler(Wiring wiring) {
        this.sources = wiring.sources();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        request.query(Set.of());
        return Responses.json(200, SourceView.of(sources.get(request.pathParameter("id"))));
    }
}
