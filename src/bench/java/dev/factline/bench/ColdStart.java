package dev.factline.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold invocation, in a fresh JVM, done the way the Lambda Java runtime does it: the handler
 * class by name, its no-arg constructor, the event deserialized from JSON by the runtime's own
 * serializers, handleRequest once, the response serialized, exit. Prints the response's status
 * code and the process's peak RSS (VmHWM) on one line for {@link Benchmark}.
 *
 * <p>Usage: {@code ColdStart <handler class> <event file>}
 */
public final class ColdStart {

    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private ColdStart() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        ClassLoader loader = ColdStart.class.getClassLoader();
        Class<?> handlerClass = Class.forName(args[0], true, loader);
        RequestHandler handler = (RequestHandler) handlerClass.getConstructor().newInstance();
        Type[] types = requestHandlerTypes(handlerClass);
        PojoSerializer input = LambdaEventSerializers.serializerFor((Class<?>) types[0], loader);
        PojoSerializer output = LambdaEventSerializers.serializerFor((Class<?>) types[1], loader);
        Object event;
        try (InputStream json = Files.newInputStream(Path.of(args[1]))) {
            event = input.fromJson(json);
        }
        Object response = handler.handleRequest(event, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.toJson(response, out);
        Matcher status = STATUS.matcher(out.toString(StandardCharsets.UTF_8));
        System.out.println("status=" + (status.find() ? status.group(1) : "none") + " vmhwm_kb=" + PeakRss.kilobytes());
        System.exit(0);
    }

    /** The I and O of the handler's {@code RequestHandler<I, O>}, found by reflection like the runtime does. */
    static Type[] requestHandlerTypes(Class<?> handlerClass) {
        for (Class<?> c = handlerClass; c != null; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(handlerClass + " does not implement RequestHandler<I, O>");
    }
}
