package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.factline.http.ApiRequest;
import dev.factline.http.HttpRefusal;
import dev.factline.http.Responses;
import dev.factline.service.Cursors;
import dev.factline.service.FactlineException;
import dev.factline.store.InvalidPositionException;
import dev.factline.store.ItemTooLargeException;
import dev.factline.store.StoreUnavailableException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * What every route's handler shares: a refused request becomes its problem response, an
 * unavailable store a 503, and anything else a logged 500 that tells the caller nothing.
 */
abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try {
            return handle(new ApiRequest(event));
        } catch (FactlineException refused) {
            return withProblemHeaders(Responses.problem(refused));
        } catch (HttpRefusal refused) {
            return withProblemHeaders(Responses.problem(refused));
        } catch (InvalidPositionException notIssued) {
            return withProblemHeaders(Responses.problem(Cursors.invalid()));
        } catch (ItemTooLargeException tooLarge) {
            return withProblemHeaders(Responses.problem(new FactlineException(FactlineException.Reason.VALIDATION,
                    "the record would pass DynamoDB's 400 KB item limit; nothing was written")));
        } catch (StoreUnavailableException unavailable) {
            log(context, LogLevel.WARN, "DynamoDB unavailable, answering 503", unavailable);
            return withProblemHeaders(Responses.problem(new FactlineException(FactlineException.Reason.UNAVAILABLE,
                    "the store is busy or unreachable; try again shortly")));
        } catch (RuntimeException failure) {
            log(context, LogLevel.ERROR, "unhandled failure, answering 500", failure);
            return withProblemHeaders(Responses.internalError());
        }
    }

    abstract APIGatewayV2HTTPResponse handle(ApiRequest request);

    /** Headers a route adds to each of its problem responses, by status; none unless it says so. */
    Map<String, String> problemHeaders(int status) {
        return Map.of();
    }

    private APIGatewayV2HTTPResponse withProblemHeaders(APIGatewayV2HTTPResponse problem) {
        Map<String, String> extra = problemHeaders(problem.getStatusCode());
        if (extra.isEmpty()) {
            return problem;
        }
        Map<String, String> headers = new HashMap<>(problem.getHeaders());
        headers.putAll(extra);
        problem.setHeaders(headers);
        return problem;
    }

    private static void log(Context context, LogLevel level, String message, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String line = message + ": " + trace;
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line, level);
        } else {
            System.err.println(level + " " + line);
        }
    }
}
