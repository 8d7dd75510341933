package dev.factline.service;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Review;
import dev.factline.model.Rating;
import dev.factline.model.TopicCounts;
import dev.factline.model.TopicSource;
import dev.factline.service.FactlineException.Reason;
import dev.factline.service.TimelineService.TimelineQuery;
import dev.factline.testing.InMemoryFactlineStore;
import dev.factline.testing.TestCursors;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topics over the in-memory store: started once, counted from the claims, sources added to them. */
class TopicServiceTest {

    private static final Instant T0 = Instant.parse("2024-11-16T10:00:00Z");

    private final InMemoryFactlineStore store = new InMemoryFactlineStore();
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final TopicService topics = new TopicService(store, clock);
    private final SourceService sources = new SourceService(store, clock);
    private final ClaimService claims = new ClaimService(store, clock, TestCursors.CURSORS);
    private final TimelineService timelines = new TimelineService(store, TestCursors.CURSORS);

    @Test
    void create_storesTheTopic_andASecondCreateIs409WritingNothing() {
        topics.create(new NewTopic("apec-2024", "  APEC 2024  "), "fc-alice");
        long writes = store.writes();
        FactlineException again = assertThrows(FactlineException.class,
                () -> topics.create(new NewTopic("apec-2024", "Another title"), "ed-bob"));
        assertEquals(Reason.CONFLICT, again.reason());
        assertEquals(writes, store.writes());
        assertEquals("APEC 2024", topics.find("apec-2024").title());
    }

    @Test
    void create_withABadIdOrTitle_is422NamingEachField() {
        FactlineException refused = assertThrows(FactlineException.class,
                () -> topics.create(new NewTopic("Not A Slug", " "), "fc-alice"));
        assertEquals(Reason.VALIDATION, refused.reason());
        assertEquals(List.of("id", "title"), refused.errors().stream().map(FactlineException.FieldError::field).toList());
        assertEquals(0, store.writes());
        assertEquals(Reason.VALIDATION, assertThrows(FactlineException.class,
                () -> topics.create(new NewTopic("ok", "x".repeat(201)), "fc-alice")).reason());
    }

    @Test
    void list_givesEveryTopicById_withItsPendingAndReviewedCounts() {
        topics.create(new NewTopic("b-topic", "B"), "fc-alice");
        topics.create(new NewTopic("a-topic", "A"), "fc-alice");
        String first = submit("a-topic");
        submit("a-topic");
        submit("a-topic");
        claims.review(first, 1, new NewReview("accurate", "Checked.", List.of()), "ed-bob");
        String withdrawn = submit("a-topic");
        claims.withdraw(withdrawn, 1, "ed-bob");

        List<TopicCounts> listed = topics.list();
        assertEquals(List.of("a-topic", "b-topic"), listed.stream().map(t -> t.topic().id()).toList());
        assertEquals(2, listed.get(0).pending());
        assertEquals(1, listed.get(0).reviewed());
        assertEquals(0, listed.get(1).pending() + listed.get(1).reviewed());
    }

    @Test
    void submittingAClaimForATopicNobodyStarted_registersItTitledWithItsId() {
        submit("new-from-v1-client");
        assertEquals("new-from-v1-client", topics.find("new-from-v1-client").title());
        assertEquals("fc-alice", topics.find("new-from-v1-client").createdBy());
    }

    @Test
    void get_ofATopicNeverStarted_is404() {
        assertEquals(Reason.NOT_FOUND, assertThrows(FactlineException.class, () -> topics.get("nobody")).reason());
        assertEquals(Reason.NOT_FOUND, assertThrows(FactlineException.class, () -> topics.get("NOT/valid")).reason());
    }

    @Test
    void sourceWithATopic_isAddedToItOnce_andListedNewestFirst() {
        topics.create(new NewTopic("apec-2024", "APEC"), "fc-alice");
        sources.create(new NewSource("https://example.org/1", "One", null, null, "Text.", "apec-2024"), "fc-alice");
        SourceService later = new SourceService(store, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
        later.create(new NewSource("https://example.org/2", "Two", null, null, null, "apec-2024"), "fc-alice");
        later.create(new NewSource("https://example.org/1", "One", null, null, "Text.", "apec-2024"), "ed-bob");

        List<TopicSource> listed = topics.get("apec-2024").sources();
        assertEquals(List.of("Two", "One"), listed.stream().map(s -> s.source().title()).toList());
        assertEquals("fc-alice", listed.get(1).addedBy());
    }

    @Test
    void sourceForATopicNeverStarted_is422OnTopic_andStoresNothing() {
        FactlineException refused = assertThrows(FactlineException.class, () -> sources.create(
                new NewSource("https://example.org/1", "One", null, null, null, "nobody"), "fc-alice"));
        assertEquals(Reason.VALIDATION, refused.reason());
        assertEquals("topic", refused.errors().get(0).field());
        assertEquals(0, store.writes());
    }

    @Test
    void timeline_ofATopicNeverStarted_is404_butAStartedOneIsEmpty() {
        assertEquals(Reason.NOT_FOUND, assertThrows(FactlineException.class,
                () -> timelines.page(query("nobody", Set.of()))).reason());
        topics.create(new NewTopic("started", "Started"), "fc-alice");
        assertTrue(timelines.page(query("started", Set.of())).events().isEmpty());
    }

    @Test
    void timeline_ofClaimsStoredBeforeTopicsWereRegistered_staysPublic_evenFilteredToNothing() {
        Claim legacy = new Claim(String.format("%032x", 7), "legacy", "S", EventDate.parse("2024"), null, null, null,
                null, false, ClaimStatus.PENDING, "fc-alice", T0, 1, List.of(), "hash");
        store.createClaim(legacy);
        store.addReview(legacy.id(), 1, new Review("ed-bob", Rating.ACCURATE, "E", List.of(), T0));

        assertEquals(1, timelines.page(query("legacy", Set.of())).events().size());
        assertTrue(timelines.page(query("legacy", Set.of(Rating.FALSE))).events().isEmpty());
    }

    @Test
    void queue_newestFirst_pagesBackwardsThroughSubmissions() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(new ClaimService(store, Clock.fixed(T0.plusSeconds(i), ZoneOffset.UTC), TestCursors.CURSORS)
                    .submit(new NewClaim("queue", "S" + i, "2024", null, null, null, null), "fc-alice", null)
                    .claim().id());
        }
        ClaimService.ClaimPage first = claims.list(new ClaimService.ClaimQuery("queue", ClaimStatus.PENDING, true, 3, null));
        ClaimService.ClaimPage second = claims.list(
                new ClaimService.ClaimQuery("queue", ClaimStatus.PENDING, true, 3, first.nextCursor()));
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2)), first.items().stream().map(Claim::id).toList());
        assertEquals(List.of(ids.get(1), ids.get(0)), second.items().stream().map(Claim::id).toList());
        assertEquals(null, second.nextCursor());
        assertEquals(Reason.BAD_REQUEST, assertThrows(FactlineException.class, () -> claims.list(
                new ClaimService.ClaimQuery("queue", ClaimStatus.PENDING, false, 3, first.nextCursor()))).reason(),
                "a newest-first cursor is not one of the oldest-first listing");
    }

    private String submit(String topic) {
        return claims.submit(new NewClaim(topic, "S", "2024", null, null, null, null), "fc-alice", null).claim().id();
    }

    private static TimelineQuery query(String topic, Set<Rating> ratings) {
        return new TimelineQuery(topic, null, null, ratings, 50, null);
    }
}
