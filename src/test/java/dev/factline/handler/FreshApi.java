package dev.factline.handler;

import dev.factline.testing.DynamoDbEngine;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class (in its constructor) or a test method a {@link TestApi} over a fresh table
 * of the test run's DynamoDB server, the table itself in {@link TestApi#table()}: what each
 * integration test of the routes used to set up by hand.
 */
final class FreshApi implements ParameterResolver, ExecutionCondition {

    private final DynamoDbEngine tables = new DynamoDbEngine();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return tables.evaluateExecutionCondition(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new TestApi(tables.newTable(context));
    }
}
