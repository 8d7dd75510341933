package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.service.ClaimService;
import dev.factline.service.SourceService;
import dev.factline.service.TimelineService;
import dev.factline.service.candidates.CandidateService;

import java.util.Map;

/**
 * Builds the handler a template function names, around local collaborators. It lives beside
 * the handlers to reach their collaborator constructors, in src/local so no function ships it.
 */
public final class LocalHandlers {

    private LocalHandlers() {
    }

    /**
     * @param environment the function's environment as the template declares it, resolved
     *                    with the stack parameters' defaults
     * @throws IllegalArgumentException for a class that is not one of Factline's handlers
     * @throws IllegalStateException    for a setting in that environment that is missing or malformed
     */
    public static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> create(
            String handlerClass, SourceService sources, ClaimService claims, TimelineService timelines,
            Map<String, String> environment) {
        String simpleName = handlerClass.substring(handlerClass.lastIndexOf('.') + 1);
        if (!handlerClass.equals(LocalHandlers.class.getPackageName() + "." + simpleName)) {
            throw new IllegalArgumentException(handlerClass + " is not a Factline handler");
        }
        return switch (simpleName) {
            case "CreateSourceHandler" -> new CreateSourceHandler(sources);
            case "GetSourceHandler" -> new GetSourceHandler(sources);
            case "ProposeCandidatesHandler" -> new ProposeCandidatesHandler(new CandidateService(sources));
            case "SubmitClaimHandler" -> new SubmitClaimHandler(claims);
            case "ListClaimsHandler" -> new ListClaimsHandler(claims);
            case "GetClaimHandler" -> new GetClaimHandler(claims);
            case "ReviewClaimHandler" -> new ReviewClaimHandler(claims);
            case "WithdrawClaimHandler" -> new WithdrawClaimHandler(claims);
            case "GetTimelineHandler" -> new GetTimelineHandler(timelines,
                    PublicTimelineSettings.fromEnvironment(environment));
            default -> throw new IllegalArgumentException(handlerClass + " is not a Factline handler");
        };
    }
}
