package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.ApiRequest;
import dev.factline.http.BodyReader;
import dev.factline.http.Responses;
import dev.factline.http.Role;
import dev.factline.http.Views.CandidateListView;
import dev.factline.service.candidates.CandidateService;

import java.util.Set;

/**
 * POST /sources/{id}/candidates: the sentences of a stored source that carry checkable claims,
 * dated against its publication date. The body is optional: {@code {"minScore": 0.5}}.
 */
public final class ProposeCandidatesHandler extends ApiHandler {

    static final Set<String> FIELDS = Set.of("minScore");

    private final CandidateService candidates;

    public ProposeCandidatesHandler() {
        this(Wiring.production());
    }

    public ProposeCandidatesHandler(Wiring wiring) {
        this.candidates = wiring.candidates();
    }

    @Override
    APIGatewayV2HTTPResponse handle(ApiRequest request) {
        request.identity().require(Role.FACT_CHECKER, Role.EDITOR);
        String sourceId = request.pathParameter("id");
        Double minScore = null;
        var body = request.optionalJsonObjectBody();
        if (body.isPresent()) {
            BodyReader reader = BodyReader.of(body.get(), FIELDS, Set.of());
            minScore = reader.number("minScore");
            reader.throwIfWrongTypes();
        }
        return Responses.json(200, CandidateListView.of(candidates.propose(sourceId, minScore)));
    }
}
