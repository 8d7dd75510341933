package dev.factline.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.List;
import java.util.Optional;

/** The template's functions, each bound to its handler class over the local services. */
final class LocalFunctions {

    record Bound(SamTemplate.Function function,
                 RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
    }

    private final List<Bound> functions;

    LocalFunctions(List<SamTemplate.Function> functions, LocalServices services) {
        this.functions = functions.stream()
                .map(f -> new Bound(f, create(f, services)))
                .toList();
    }

    List<Bound> all() {
        return functions;
    }

    Optional<Bound> byLogicalId(String logicalId) {
        return functions.stream().filter(b -> b.function().logicalId().equals(logicalId)).findFirst();
    }

    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> create(
            SamTemplate.Function function, LocalServices services) {
        try {
            return services.wiring().withFunctionEnvironment(function.environment()).handler(function.handlerClass());
        } catch (IllegalArgumentException e) {
            throw new LocalStartupException("template.yaml: " + function.logicalId() + " names "
                    + function.handlerClass() + ", which is not one of Factline's handlers", e);
        } catch (IllegalStateException e) {
            throw new LocalStartupException("template.yaml: " + function.logicalId() + "'s environment: "
                    + e.getMessage(), e);
        }
    }
}
