package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.http.Json;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.service.ClaimService;
import dev.factline.service.Cursors;
import dev.factline.service.SourceService;
import dev.factline.service.TimelineService;
import dev.factline.service.TopicService;
import dev.factline.settings.Refreshing;
import dev.factline.settings.StackSettings;
import dev.factline.service.candidates.CandidateService;
import dev.factline.store.FactlineStore;
import dev.factline.store.dynamodb.DynamoDbClients;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.store.dynamodb.DynamoDbSettings;
import org.crac.Core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every handler is built from, the one wiring of Factline: a store, a clock and the
 * function's environment, from which each handler takes the services and settings it needs in
 * its public {@code (Wiring)} constructor. A Lambda function uses {@link #production()}, built
 * once per instance on first use from the process environment; Factline Local and the tests
 * build one over their own store and call {@link #handler(String)} with the class a
 * template.yaml function names. Every setting is read from {@link #environment()}, so a missing
 * or malformed one fails the handler's construction with a message naming it.
 *
 * <p>The publisher's settings and the cursor signing key are given directly in the environment
 * (Factline Local, the tests) or, in a deployed stack, found where the environment says the
 * stack keeps them ({@link StackSettings}) and read again while the function runs, so that a
 * change reaches it without a new version. Values given directly win.
 */
public final class Wiring {

    private final FactlineStore store;
    private final Clock clock;
    private final Map<String, String> environment;
    private StackSettings stackSettings;

    public Wiring(FactlineStore store, Clock clock, Map<String, String> environment) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Map.copyOf(environment);
    }

    /** The Lambda instance's wiring: DynamoDB as the environment says, the system clock. */
    public static Wiring production() {
        return Production.WIRING;
    }

    /**
     * The same store and clock with the variables a function declares, under this wiring's own,
     * which win: a runner's signing key over the template's empty placeholder.
     */
    public Wiring withFunctionEnvironment(Map<String, String> declared) {
        Map<String, String> merged = new HashMap<>(declared);
        merged.putAll(environment);
        return new Wiring(store, clock, merged);
    }

    /**
     * A new instance of the handler class a template function names, built over this wiring.
     *
     * @throws IllegalArgumentException for a class that is not one of Factline's handlers
     * @throws IllegalStateException    for a setting the handler needs that is missing or malformed
     */
    public RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String handlerClass) {
        Class<?> type;
        try {
            type = Class.forName(handlerClass, false, Wiring.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(handlerClass + " is not a Factline handler", e);
        }
        if (!ApiHandler.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())
                || !type.getPackageName().equals(Wiring.class.getPackageName())) {
            throw new IllegalArgumentException(handlerClass + " is not a Factline handler");
        }
        try {
            return (ApiHandler) type.getConstructor(Wiring.class).newInstance(this);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(handlerClass + " could not be built", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(handlerClass + " has no public constructor taking a Wiring", e);
        }
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** The same wiring on another clock: what the local seed uses to date its claims on the article's day. */
    public Wiring at(Clock otherClock) {
        return new Wiring(store, otherClock, environment);
    }

    FactlineStore store() {
        return store;
    }

    public SourceService sources() {
        return new SourceService(store, clock);
    }

    public CandidateService candidates() {
        return new CandidateService(sources());
    }

    public ClaimService claims() {
        return new ClaimService(store, clock, cursors());
    }

    public TimelineService timelines() {
        return new TimelineService(store, cursors());
    }

    public TopicService topics() {
        return new TopicService(store, clock);
    }

    /**
     * The publisher's settings as they are now. From the stack's parameters they are read here
     * once, so that a function that cannot read them fails its initialization, and then again
     * each {@link StackSettings#SETTINGS_TIME_TO_LIVE}.
     *
     * @throws IllegalStateException naming the publisher or timeline setting that is missing or malformed
     */
    public Supplier<PublicTimelineSettings> publicTimelineSettings() {
        if (given(PublicTimelineSettings.PUBLISHER_NAME) || !given(StackSettings.SETTINGS_PARAMETER_PATH)) {
            PublicTimelineSettings fixed = PublicTimelineSettings.fromEnvironment(environment);
            return () -> fixed;
        }
        String path = StackSettings.parameterPath(environment);
        StackSettings stack = stackSettings();
        Refreshing<PublicTimelineSettings> settings = new Refreshing<>(clock, StackSettings.SETTINGS_TIME_TO_LIVE,
                () -> PublicTimelineSettings.from(stack.parameters(path, PublicTimelineSettings.NAMES),
                        "the Systems Manager parameters under " + path));
        settings.get();
        return settings;
    }

    /**
     * Cursors signed with the key given in the environment, or with the stack's generated secret,
     * read on the first page that needs it and again each {@link StackSettings#KEYS_TIME_TO_LIVE}.
     *
     * @throws IllegalStateException when the environment names no signing key or a short one
     */
    private Cursors cursors() {
        if (given(Cursors.KEY_VARIABLE) || !given(StackSettings.CURSOR_SIGNING_SECRET)) {
            return new Cursors(environment.get(Cursors.KEY_VARIABLE));
        }
        String secret = environment.get(StackSettings.CURSOR_SIGNING_SECRET);
        StackSettings stack = stackSettings();
        return new Cursors(new Refreshing<>(clock, StackSettings.KEYS_TIME_TO_LIVE, () -> new Cursors.Keys(
                stack.secret(secret, "AWSCURRENT").orElseThrow(),
                stack.secret(secret, "AWSPREVIOUS").orElse(null))));
    }

    /** Set and not blank: the template declares some variables empty for {@code sam local} to fill in. */
    private boolean given(String variable) {
        String value = environment.get(variable);
        return value != null && !value.isBlank();
    }

    private synchronized StackSettings stackSettings() {
        if (stackSettings == null) {
            stackSettings = StackSettings.fromEnvironment(environment, Json.MAPPER);
        }
        return stackSettings;
    }

    /** Built on the first handler's construction, so an instance that fails its init names the setting. */
    private static final class Production {
        static final Wiring WIRING = create();
        /** Strongly held: CRaC keeps only weak references to the resources registered with it. */
        static final Priming PRIMING = register(new Priming(WIRING.store));

        private static Wiring create() {
            DynamoDbSettings settings = DynamoDbSettings.fromEnvironment(System.getenv());
            return new Wiring(new DynamoDbFactlineStore(DynamoDbClients.create(settings), settings.tableName()),
                    Clock.systemUTC(), System.getenv());
        }

        private static Priming register(Priming priming) {
            Core.getGlobalContext().register(priming);
            return priming;
        }
    }
}
