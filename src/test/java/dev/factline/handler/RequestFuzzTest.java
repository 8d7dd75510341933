package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.factline.handler.FuzzedRequest.Shape;
import dev.factline.model.ClaimStatus;
import dev.factline.service.ClaimService;
import dev.factline.service.Cursors;
import dev.factline.testing.AdjustableClock;
import dev.factline.testing.TestCursors;
import dev.factline.service.NewClaim;
import dev.factline.service.NewReview;
import dev.factline.service.NewSource;
import dev.factline.service.SourceService;
import dev.factline.service.TimelineService;
import dev.factline.testing.InMemoryFactlineStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.factline.handler.FuzzedRequest.EXTRA_PARAMETER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzzes the parsing and validation of every body, header, path and query of every route
 * through the real handler classes, over an in-memory store holding one source and claims in
 * each state. For every input: a response, below 500; a refusal is a clean RFC 9457 problem
 * and writes nothing; a read writes nothing.
 *
 * <p>{@code mvn -B verify} replays the inputs in {@code RequestFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} one method at a time is fuzzed (see README, "Fuzzing").
 */
class RequestFuzzTest {

    static final String TOPIC = "biden-xi-apec-2024";
    static final String ARTICLE = "The talks on the sidelines of the annual Asia-Pacific Economic Cooperation"
            + " summit in Peru come just over two months before Mr Biden leaves office.\n\n"
            + "Mr Biden called it \u201cdangerous and destabilising cooperation\u201d.";
    static final String IDEMPOTENCY_KEY = "key-1";
    /** {@code -Dfactline.fuzz.trace=true} prints each input's status, to see what the corpus reaches. */
    private static final boolean TRACE = Boolean.getBoolean("factline.fuzz.trace");

    static final Shape CREATE_SOURCE = new Shape(null, 0, List.of("content-type"), List.of(EXTRA_PARAMETER), false);
    static final Shape SUBMIT_CLAIM = new Shape(null, 0, List.of("content-type"), List.of(EXTRA_PARAMETER), false);
    static final Shape SUBMIT_CLAIM_IDEMPOTENT =
            new Shape(null, 0, List.of("content-type", "idempotency-key"), List.of(EXTRA_PARAMETER), false);
    static final Shape REVIEW_CLAIM =
            new Shape("id", 4, List.of("content-type", "if-match"), List.of(EXTRA_PARAMETER), false);
    static final Shape WITHDRAW_CLAIM = new Shape("id", 4, List.of("if-match"), List.of(EXTRA_PARAMETER), false);
    static final Shape LIST_CLAIMS =
            new Shape(null, 0, List.of(), List.of("topic", "status", "limit", "cursor", EXTRA_PARAMETER), true);
    static final Shape GET_SOURCE = new Shape("id", 1, List.of(), List.of(EXTRA_PARAMETER), false);
    static final Shape GET_CLAIM = new Shape("id", 4, List.of(), List.of(EXTRA_PARAMETER), false);
    static final Shape PROPOSE_CANDIDATES =
            new Shape("id", 1, List.of("content-type"), List.of(EXTRA_PARAMETER), false);
    static final Shape CREATE_TOPIC = new Shape(null, 0, List.of("content-type"), List.of(EXTRA_PARAMETER), false);
    static final Shape LIST_TOPICS = new Shape(null, 0, List.of(), List.of(EXTRA_PARAMETER), false);
    static final Shape GET_TOPIC = new Shape("topic", 1, List.of(), List.of(EXTRA_PARAMETER), false);
    static final Shape GET_CLAIM_PAGE = new Shape("id", 4, List.of("if-none-match", "host", "x-forwarded-proto"),
            List.of("format", EXTRA_PARAMETER), false);
    static final Shape GET_TIMELINE = new Shape("topic", 1, List.of(),
            List.of("from", "to", "rating", "limit", "cursor", "format", EXTRA_PARAMETER), true);

    @FuzzTest
    void createSource(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("POST /sources", CREATE_SOURCE, new CreateSourceHandler(f.wiring), data, null);
    }

    @FuzzTest
    void submitClaim(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("POST /claims", SUBMIT_CLAIM, new SubmitClaimHandler(f.wiring), data, null);
    }

    @FuzzTest
    void submitClaimWithIdempotencyKey(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("POST /claims", SUBMIT_CLAIM_IDEMPOTENT, new SubmitClaimHandler(f.wiring), data, null);
    }

    @FuzzTest
    void reviewClaim(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("POST /claims/{id}/reviews", REVIEW_CLAIM, new ReviewClaimHandler(f.wiring), data, null);
    }

    @FuzzTest
    void withdrawClaim(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("DELETE /claims/{id}", WITHDRAW_CLAIM, new WithdrawClaimHandler(f.wiring), data, null);
    }

    @FuzzTest
    void listClaims(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        String cursor = f.claims.list(new ClaimService.ClaimQuery(TOPIC, ClaimStatus.PENDING, 1, null)).nextCursor();
        f.send("GET /claims", LIST_CLAIMS, new ListClaimsHandler(f.wiring), data, cursor);
    }

    @FuzzTest
    void getSource(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("GET /sources/{id}", GET_SOURCE, new GetSourceHandler(f.wiring), data, null);
    }

    @FuzzTest
    void proposeCandidates(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("POST /sources/{id}/candidates", PROPOSE_CANDIDATES, new ProposeCandidatesHandler(f.wiring), data,
                null);
    }

    @FuzzTest
    void getClaim(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("GET /claims/{id}", GET_CLAIM, new GetClaimHandler(f.wiring), data, null);
    }

    @FuzzTest
    void getTimeline(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        String cursor = f.timelines.page(new TimelineService.TimelineQuery(TOPIC, null, null, Set.of(), 1, null))
                .nextCursor();
        f.send("GET /timelines/{topic}", GET_TIMELINE, new GetTimelineHandler(f.wiring), data, cursor);
    }

    @FuzzTest
    void getClaimPage(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("GET /timelines/{topic}/claims/{id}", GET_CLAIM_PAGE, new GetClaimPageHandler(f.wiring), data, null);
    }

    @FuzzTest
    void createTopic(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("POST /topics", CREATE_TOPIC, new CreateTopicHandler(f.wiring), data, null);
    }

    @FuzzTest
    void listTopics(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("GET /topics", LIST_TOPICS, new ListTopicsHandler(f.wiring), data, null);
    }

    @FuzzTest
    void getTopic(FuzzedDataProvider data) {
        Fixture f = new Fixture();
        f.send("GET /topics/{topic}", GET_TOPIC, new GetTopicHandler(f.wiring), data, null);
    }

    /**
     * A fresh store per input: one source; claims pending (submitted by fc-alice with
     * {@link #IDEMPOTENCY_KEY}), reviewed, pending but submitted by the editor ed-bob who
     * calls, and withdrawn; more reviewed ones so the timeline has pages. The path's targets
     * 1-4 name those four claims, or for sources and timelines the source and the topic.
     */
    static final class Fixture {
        final InMemoryFactlineStore store = new InMemoryFactlineStore();
        final AdjustableClock clock = new AdjustableClock(Instant.parse("2024-11-16T10:00:00Z"));
        /** The test signing key, and the publisher a deployment would name. */
        final Wiring wiring = new Wiring(store, clock, Map.of(Cursors.KEY_VARIABLE, TestCursors.KEY,
                "PUBLISHER_NAME", "Factline Test Desk", "PUBLISHER_URL", "https://factline.example",
                "TIMELINE_PAGE_URL", "https://factline.example/timelines/{topic}", "TIMELINE_CACHE_MAX_AGE", "60"));
        final SourceService sources = wiring.sources();
        final ClaimService claims = wiring.claims();
        final TimelineService timelines = wiring.timelines();
        final String sourceId;
        final List<String> claimIds;

        Fixture() {
            sourceId = sources.create(new NewSource("https://example.org/apec", "Biden and Xi meet", "Example News",
                    "2024-11-16", ARTICLE), "fc-alice").source().id();
            String pending = submit("fc-alice", "2024-11-15", IDEMPOTENCY_KEY);
            String reviewed = submit("fc-alice", "2024-11", null);
            claims.review(reviewed, 1, review("misleading"), "ed-carol");
            String editors = submit("ed-bob", "2024", null);
            String withdrawn = submit("fc-alice", "2024-11-16", null);
            claims.withdraw(withdrawn, 1, "ed-carol");
            for (String date : List.of("2023-06", "2024-11-14")) {
                claims.review(submit("fc-alice", date, null), 1, review("accurate"), "ed-carol");
            }
            claimIds = List.of(pending, reviewed, editors, withdrawn);
        }

        private String submit(String user, String eventDate, String idempotencyKey) {
            clock.advance(Duration.ofSeconds(1));
            return claims.submit(new NewClaim(TOPIC, "Biden condemned the troop deployment.", eventDate, null,
                    "Joe Biden", sourceId, "dangerous and destabilising cooperation"), user, idempotencyKey)
                    .claim().id();
        }

        private static NewReview review(String rating) {
            return new NewReview(rating, "The transcript shows it.",
                    List.of(new NewReview.NewEvidence("https://example.org/transcript", "Transcript")));
        }

        private String storedTarget(String routeKey, int target) {
            if (routeKey.contains("{topic}") && !routeKey.contains("{id}")) {
                return TOPIC;
            }
            return routeKey.contains("/sources") ? sourceId : claimIds.get(target - 1);
        }

        void send(String routeKey, Shape shape, ApiHandler handler, FuzzedDataProvider data, String realCursor) {
            FuzzedRequest request = FuzzedRequest.read(data, shape);
            APIGatewayV2HTTPEvent event = request.event(routeKey, shape, t -> storedTarget(routeKey, t), realCursor);
            long writesBefore = store.writes();
            clock.advance(Duration.ofSeconds(1));
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            if (TRACE) {
                System.out.println("fuzz-trace " + routeKey + " -> " + response.getStatusCode() + " "
                        + response.getBody().substring(0, Math.min(160, response.getBody().length())));
            }
            ResponseChecks.assertAnswered(response, request.callerText());
            if (routeKey.startsWith("GET ") || routeKey.endsWith("/candidates") || response.getStatusCode() >= 300) {
                assertEquals(writesBefore, store.writes(), "a read or a refused request writes nothing");
            }
        }
    }
}
