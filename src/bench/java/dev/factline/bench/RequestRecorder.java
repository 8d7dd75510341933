package dev.factline.bench;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts and times the DynamoDB calls of every SDK client in the process while recording, and
 * asks DynamoDB for the capacity each consumed (ReturnConsumedCapacity TOTAL). The SDK finds it
 * through a global {@code execution.interceptors} resource that only the benchmark's warm JVM
 * has on its class path, so the production clients are measured as they are.
 */
public final class RequestRecorder implements ExecutionInterceptor {

    /** One DynamoDB call: its operation, its time in the SDK (marshalling, HTTP, unmarshalling), its capacity. */
    public record Call(String operation, long nanos, double capacityUnits, boolean failed) {
    }

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("factline.bench.started");
    private static final List<Call> CALLS = new ArrayList<>();
    private static volatile boolean recording;

    public static void start() {
        synchronized (CALLS) {
            CALLS.clear();
        }
        recording = true;
    }

    public static List<Call> stop() {
        recording = false;
        synchronized (CALLS) {
            return List.copyOf(CALLS);
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!recording) {
            return context.request();
        }
        SdkRequest request = context.request();
        if (request instanceof GetItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof PutItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof UpdateItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof QueryRequest r) {
            return r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof DeleteItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof BatchGetItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        // A batch answers a list, one entry per table; every other operation one ConsumedCapacity.
        double capacity = context.response() instanceof BatchGetItemResponse batch
                ? batch.consumedCapacity().stream().mapToDouble(ConsumedCapacity::capacityUnits).sum()
                : context.response().getValueForField("ConsumedCapacity", ConsumedCapacity.class)
                        .map(ConsumedCapacity::capacityUnits).orElse(Double.NaN);
        record(context.request(), attributes, capacity, false);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        record(context.request(), attributes, Double.NaN, true);
    }

    private static void record(SdkRequest request, ExecutionAttributes attributes, double capacity, boolean failed) {
        if (!recording) {
            return;
        }
        long nanos = System.nanoTime() - attributes.getAttribute(STARTED);
        String operation = request.getClass().getSimpleName().replaceFirst("Request$", "");
        synchronized (CALLS) {
            CALLS.add(new Call(operation, nanos, capacity, failed));
        }
    }
}
