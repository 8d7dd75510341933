package dev.factline.store;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.SourceRef;
import dev.factline.model.Topic;
import dev.factline.model.TopicSource;
import dev.factline.model.Withdrawal;
import dev.factline.service.Ids;
import dev.factline.store.FactlineStore.DateBounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link FactlineStore} promises, run against each one: the DynamoDB store on a real
 * DynamoDB-compatible server ({@code DynamoDbFactlineStoreIT}) and the in-memory one the fuzz
 * tests use ({@code InMemoryFactlineStoreTest}), so the two cannot drift apart.
 */
public abstract class FactlineStoreContract {

    protected static final Instant T0 = Instant.parse("2024-11-16T09:30:00.000Z");
    private static final String TOPIC = "topic-a";

    protected FactlineStore store;

    /** A new, empty store for each test. */
    protected abstract FactlineStore newStore();

    /** How many records the store holds, to show that a refused change wrote nothing. */
    protected abstract int storedRecords();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    // ---------------------------------------------------------------- sources and claims

    @Test
    void source_roundTripsEveryField_andIsCreatedOnlyOnce() {
        Source source = new Source(Ids.random(), "urn:factline:seed:x", "Title", "Publisher", "2024-11-16",
                "Full text", "alice", T0, "hash");
        assertTrue(store.createSource(source));
        assertFalse(store.createSource(new Source(source.id(), "urn:factline:seed:y", "Other", null, null, null,
                "bob", T0, "other")));
        assertEquals(source, store.findSource(source.id()).orElseThrow());
        assertTrue(store.findSource(Ids.random()).isEmpty());
    }

    @Test
    void claim_roundTripsEveryField_andIsCreatedOnlyOnce_keepingTheFirst() {
        Claim claim = claim("2024-11", T0);
        assertTrue(store.createClaim(claim));
        assertFalse(store.createClaim(withDate(claim, "2025")));
        assertEquals(claim, store.findClaim(claim.id()).orElseThrow());
        assertTrue(store.findClaim(Ids.random()).isEmpty());
    }

    @Test
    void addReview_movesTheClaimFromQueueToTimeline_andBumpsVersion() {
        Claim claim = claim("2024-11-15", T0);
        store.createClaim(claim);
        assertEquals(List.of(claim.id()), ids(store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 10, null)));

        Claim reviewed = store.addReview(claim.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();

        assertEquals(2, reviewed.version());
        assertEquals(ClaimStatus.REVIEWED, reviewed.status());
        assertEquals(Rating.ACCURATE, reviewed.rating().orElseThrow());
        assertEquals(List.of(), ids(store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 10, null)));
        assertEquals(List.of(claim.id()), ids(store.claimsByStatus(TOPIC, ClaimStatus.REVIEWED, 10, null)));
        assertEquals(List.of(claim.id()), ids(timeline(DateBounds.ALL, Set.of())));
        assertEquals(reviewed, store.findClaim(claim.id()).orElseThrow());
    }

    @Test
    void addReview_keepsEveryReview_newestLastSettingTheRating() {
        Claim claim = claim("2024", T0);
        store.createClaim(claim);
        store.addReview(claim.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();
        Claim again = store.addReview(claim.id(), 2, review("carol", Rating.MISLEADING)).orElseThrow();
        assertEquals(List.of("bob", "carol"), again.reviews().stream().map(Review::reviewer).toList());
        assertEquals(Rating.MISLEADING, again.rating().orElseThrow());
        assertEquals(3, again.version());
    }

    @Test
    void addReview_whenAConditionFails_writesNothing() {
        Claim claim = claim("2024", T0);
        store.createClaim(claim);
        int records = storedRecords();
        assertTrue(store.addReview(claim.id(), 2, review("bob", Rating.FALSE)).isEmpty(), "stale version");
        assertTrue(store.addReview(claim.id(), 1, review("alice", Rating.FALSE)).isEmpty(), "own claim");
        assertTrue(store.addReview(Ids.random(), 1, review("bob", Rating.FALSE)).isEmpty(), "no such claim");
        assertEquals(claim, store.findClaim(claim.id()).orElseThrow());
        assertEquals(records, storedRecords());
    }

    @Test
    void withdraw_movesTheClaimOutOfQueueAndTimeline_intoWithdrawn_andOnlyOnce() {
        Claim pending = claim("2024-01", T0);
        Claim reviewed = claim("2024-02", T0.plusSeconds(1));
        store.createClaim(pending);
        store.createClaim(reviewed);
        store.addReview(reviewed.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();

        assertTrue(store.withdraw(pending.id(), 2, new Withdrawal(T0, "bob", null)).isEmpty(), "stale version");
        Claim w1 = store.withdraw(pending.id(), 1, new Withdrawal(T0, "bob", null)).orElseThrow();
        Claim w2 = store.withdraw(reviewed.id(), 2, new Withdrawal(T0, "bob", "Wrong meeting.")).orElseThrow();

        assertEquals(ClaimStatus.WITHDRAWN, w1.status());
        assertEquals(3, w2.version());
        assertEquals(1, w2.reviews().size(), "history kept");
        assertEquals(new Withdrawal(T0, "bob", "Wrong meeting."), store.findClaim(reviewed.id()).orElseThrow()
                .withdrawal(), "the withdrawal is read back from the store");
        assertEquals(new Withdrawal(T0, "bob", null), w1.withdrawal());
        assertEquals(List.of(), ids(store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 10, null)));
        assertEquals(List.of(), ids(timeline(DateBounds.ALL, Set.of())));
        assertEquals(List.of(pending.id(), reviewed.id()),
                ids(store.claimsByStatus(TOPIC, ClaimStatus.WITHDRAWN, 10, null)));
        int records = storedRecords();
        assertTrue(store.withdraw(pending.id(), 2, new Withdrawal(T0, "bob", null)).isEmpty(), "already withdrawn");
        assertTrue(store.addReview(pending.id(), 2, review("bob", Rating.ACCURATE)).isEmpty(), "withdrawn");
        assertEquals(w1, store.findClaim(pending.id()).orElseThrow());
        assertEquals(records, storedRecords());
    }

    // ---------------------------------------------------------------- the timeline

    @Test
    void timeline_isInDateOrderThenId_acrossPrecisions() {
        List<Claim> claims = new ArrayList<>();
        for (String date : List.of("2025", "2024-11-15", "2024", "2024-11", "2025-01-20", "2024-11-15")) {
            claims.add(reviewedClaim(date));
        }
        Page<Claim> timeline = timeline(DateBounds.ALL, Set.of());
        assertEquals(claims.stream().sorted(Comparator.comparing((Claim c) -> c.eventDate().value())
                .thenComparing(Claim::id)).map(Claim::id).toList(), ids(timeline));
        assertEquals(List.of("2024", "2024-11", "2024-11-15", "2024-11-15", "2025", "2025-01-20"),
                timeline.items().stream().map(c -> c.eventDate().value()).toList());
    }

    @Test
    void timeline_keepsTheDatesItsBoundsKeep_eachAtItsOwnPrecision() {
        for (String date : List.of("2023-12-31", "2024", "2024-10", "2024-11", "2024-11-15", "2024-11-30", "2024-12",
                "2025")) {
            reviewedClaim(date);
        }
        assertEquals(List.of("2024", "2024-10", "2024-11", "2024-11-15", "2024-11-30", "2024-12"),
                dates(bounds("2024", "2024")));
        assertEquals(List.of("2024-11", "2024-11-15", "2024-11-30", "2024-12", "2025"), dates(bounds("2024-11", null)));
        assertEquals(List.of("2023-12-31", "2024", "2024-10", "2024-11", "2024-11-15", "2024-11-30"),
                dates(bounds(null, "2024-11")));
        assertEquals(List.of("2024-11-15"), dates(bounds("2024-11-15", "2024-11-15")));
        assertEquals(List.of(), dates(bounds("2024-12", "2024-11")), "a lower bound above the upper keeps nothing");
    }

    @Test
    void timeline_ratingFilter_fillsThePageAcrossShortReads() {
        for (int i = 1; i <= 6; i++) {
            Claim claim = claim("2024-11-0" + i, T0);
            store.createClaim(claim);
            store.addReview(claim.id(), 1, review("bob", i % 3 == 0 ? Rating.FALSE : Rating.ACCURATE));
        }
        Page<Claim> page = store.timeline(TOPIC, DateBounds.ALL, Set.of(Rating.FALSE), 1, null);
        assertEquals(List.of("2024-11-03"), page.items().stream().map(c -> c.eventDate().value()).toList());
        Page<Claim> next = store.timeline(TOPIC, DateBounds.ALL, Set.of(Rating.FALSE), 1, page.next());
        assertEquals(List.of("2024-11-06"), next.items().stream().map(c -> c.eventDate().value()).toList());
        assertNull(next.next());
    }

    @Test
    void timeline_pagesWithoutLosingOrRepeating_andSaysWhenItIsDone() {
        for (int i = 1; i <= 7; i++) {
            reviewedClaim("2024-11-0" + i);
        }
        List<String> seen = new ArrayList<>();
        Page.Position after = null;
        int pages = 0;
        do {
            Page<Claim> page = store.timeline(TOPIC, DateBounds.ALL, Set.of(), 3, after);
            page.items().forEach(c -> seen.add(c.eventDate().value()));
            after = page.next();
            pages++;
        } while (after != null);
        assertEquals(3, pages);
        assertEquals(List.of("2024-11-01", "2024-11-02", "2024-11-03", "2024-11-04", "2024-11-05", "2024-11-06",
                "2024-11-07"), seen);
    }

    @Test
    void timeline_withExactlyAFullPage_hasNoNextPage() {
        reviewedClaim("2024-11-01");
        reviewedClaim("2024-11-02");
        assertNull(store.timeline(TOPIC, DateBounds.ALL, Set.of(), 2, null).next());
    }

    @Test
    void timeline_isPerTopic() {
        reviewedClaim("2024");
        assertEquals(List.of(), ids(store.timeline("topic-b", DateBounds.ALL, Set.of(), 10, null)));
    }

    @Test
    void listing_afterAPositionTheStoreDidNotIssue_isRefused() {
        reviewedClaim("2024");
        Page.Position foreign = new Page.Position("2024-11-15#" + Ids.random());
        assertThrows(InvalidPositionException.class,
                () -> store.timeline(TOPIC, DateBounds.ALL, Set.of(), 10, foreign));
        assertThrows(InvalidPositionException.class,
                () -> store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 10, foreign));
    }

    // ---------------------------------------------------------------- the queues

    @Test
    void pendingQueue_isOldestSubmissionFirst_andPagesContinueAfterThePosition() {
        Claim third = claim("2020", T0.plusSeconds(2));
        Claim first = claim("2030", T0);
        Claim second = claim("2010", T0.plusSeconds(1));
        List.of(third, first, second).forEach(store::createClaim);

        Page<Claim> page = store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 2, null);
        assertEquals(List.of(first.id(), second.id()), ids(page));
        assertNotNull(page.next());
        Page<Claim> rest = store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 2, page.next());
        assertEquals(List.of(third.id()), ids(rest));
        assertNull(rest.next());
        assertEquals(List.of(), ids(store.claimsByStatus("other", ClaimStatus.PENDING, 10, null)));
    }

    @Test
    void pendingQueue_newestFirst_pagesBackwardsWithoutLosingOrRepeating() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Claim claim = claim("2024", T0.plusMillis(i));
            store.createClaim(claim);
            submitted.add(0, claim.id());
        }
        Page<Claim> first = store.claimsByStatus(TOPIC, ClaimStatus.PENDING, true, 3, null);
        Page<Claim> second = store.claimsByStatus(TOPIC, ClaimStatus.PENDING, true, 3, first.next());
        assertEquals(submitted.subList(0, 3), ids(first));
        assertEquals(submitted.subList(3, 5), ids(second));
        assertNull(second.next());
    }

    @Test
    void countClaims_countsEachStatusOfOneTopic() {
        store.createClaim(claim("2024", T0));
        store.createClaim(claim("2025", T0));
        reviewedClaim("2023");
        assertEquals(2, store.countClaims(TOPIC, ClaimStatus.PENDING));
        assertEquals(1, store.countClaims(TOPIC, ClaimStatus.REVIEWED));
        assertEquals(0, store.countClaims(TOPIC, ClaimStatus.WITHDRAWN));
        assertEquals(0, store.countClaims("topic-b", ClaimStatus.PENDING));
    }

    // ---------------------------------------------------------------- topics

    @Test
    void topics_areCreatedOnce_andListedById() {
        Topic b = new Topic("b-topic", "B", "alice", T0);
        Topic a = new Topic("a-topic", "A", "bob", T0.plusSeconds(1));
        assertTrue(store.createTopic(b));
        assertTrue(store.createTopic(a));
        assertFalse(store.createTopic(new Topic("b-topic", "Other", "carol", T0)));
        assertEquals(List.of(a, b), store.topics());
        assertEquals(b, store.findTopic("b-topic").orElseThrow());
        assertTrue(store.findTopic("c-topic").isEmpty());
    }

    @Test
    void topicSources_areAddedOnce_perTopic_newestFirst() {
        SourceRef one = new SourceRef(Ids.random(), "https://example.org/1", "One", "P", "2024-11-16");
        SourceRef two = new SourceRef(Ids.random(), "urn:x:2", "Two", null, null);
        assertTrue(store.addTopicSource(TOPIC, new TopicSource(one, "alice", T0)));
        assertTrue(store.addTopicSource(TOPIC, new TopicSource(two, "bob", T0.plusSeconds(5))));
        assertFalse(store.addTopicSource(TOPIC, new TopicSource(one, "carol", T0.plusSeconds(9))));
        assertTrue(store.addTopicSource("topic-b", new TopicSource(one, "carol", T0)));
        assertEquals(List.of(new TopicSource(two, "bob", T0.plusSeconds(5)), new TopicSource(one, "alice", T0)),
                store.topicSources(TOPIC));
        assertEquals(List.of(), store.topicSources("topic-c"));
    }

    @Test
    void feed_holdsPublishedClaimsByTheirLatestChange_newestFirst_withdrawnOnesIncluded_pendingOnesNot() {
        Claim first = claim("2024-01", T0);
        Claim second = claim("2024-02", T0);
        Claim pendingThenWithdrawn = claim("2024-03", T0);
        Claim pending = claim("2024-04", T0);
        List.of(first, second, pendingThenWithdrawn, pending).forEach(store::createClaim);
        store.addReview(first.id(), 1, reviewAt(Rating.ACCURATE, T0.plusSeconds(10))).orElseThrow();
        store.addReview(second.id(), 1, reviewAt(Rating.ACCURATE, T0.plusSeconds(20))).orElseThrow();
        store.addReview(first.id(), 2, reviewAt(Rating.FALSE, T0.plusSeconds(30))).orElseThrow();
        store.withdraw(second.id(), 2, new Withdrawal(T0.plusSeconds(40), "bob", "Retracted.")).orElseThrow();
        store.withdraw(pendingThenWithdrawn.id(), 1, new Withdrawal(T0.plusSeconds(50), "bob", null)).orElseThrow();

        Page<Claim> page = store.feed(TOPIC, 1, null);
        assertEquals(List.of(second.id()), ids(page), "withdrawn last, so first");
        assertEquals(ClaimStatus.WITHDRAWN, page.items().get(0).status());
        Page<Claim> rest = store.feed(TOPIC, 10, page.next());
        assertEquals(List.of(first.id()), ids(rest), "re-rated before that; never-published claims absent");
        assertNull(rest.next());
        assertEquals(List.of(), store.feed("topic-b", 10, null).items());
    }

    // ---------------------------------------------------------------- helpers

    private static Review reviewAt(Rating rating, Instant at) {
        return new Review("bob", rating, "Because.", List.of(), at);
    }

    private Claim reviewedClaim(String date) {
        Claim claim = claim(date, T0);
        store.createClaim(claim);
        return store.addReview(claim.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();
    }

    private Page<Claim> timeline(DateBounds dates, Set<Rating> ratings) {
        return store.timeline(TOPIC, dates, ratings, 50, null);
    }

    private List<String> dates(DateBounds bounds) {
        return timeline(bounds, Set.of()).items().stream().map(c -> c.eventDate().value()).toList();
    }

    private static DateBounds bounds(String from, String to) {
        return new DateBounds(from == null ? null : EventDate.parse(from), to == null ? null : EventDate.parse(to));
    }

    private static List<String> ids(Page<Claim> page) {
        return page.items().stream().map(Claim::id).toList();
    }

    protected static Claim claim(String eventDate, Instant submittedAt) {
        return new Claim(Ids.random(), TOPIC, "A statement", EventDate.parse(eventDate), null, "Someone",
                new SourceRef(Ids.random(), "https://example.org/a", "Title", null, "2024-11-16"), "a quote", true,
                ClaimStatus.PENDING, "alice", submittedAt, 1, List.of(), "request-hash");
    }

    private static Claim withDate(Claim c, String eventDate) {
        return new Claim(c.id(), c.topic(), c.statement(), EventDate.parse(eventDate), c.endDate(), c.claimant(),
                c.source(), c.quote(), c.quoteVerified(), c.status(), c.submittedBy(), c.submittedAt(), c.version(),
                c.reviews(), c.requestHash());
    }

    protected static Review review(String reviewer, Rating rating) {
        return new Review(reviewer, rating, "Because.", List.of(new Evidence("https://example.org/e", "E")), T0);
    }
}
