package dev.factline.store.dynamodb;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Withdrawal;
import dev.factline.model.Source;
import dev.factline.model.SourceRef;
import dev.factline.model.Topic;
import dev.factline.model.TopicSource;
import dev.factline.service.Ids;
import dev.factline.store.FactlineStore.DateBounds;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(DynamoDbEngine.class)
class DynamoDbFactlineStoreIT {

    private static final Instant T0 = Instant.parse("2024-11-16T09:30:00.000Z");

    private DynamoDbFactlineStore store;
    private TestTable table;

    @BeforeEach
    void setUp(TestTable table) {
        this.table = table;
        this.store = new DynamoDbFactlineStore(table.client(), table.name());
    }

    @Test
    void source_roundTripsEveryField_andIsCreatedOnlyOnce() {
        Source source = new Source(Ids.random(), "urn:factline:seed:x", "Title", "Publisher", "2024-11-16",
                "Full text", "alice", T0, "hash");
        assertTrue(store.createSource(source));
        assertFalse(store.createSource(source));
        assertEquals(source, store.findSource(source.id()).orElseThrow());
        assertTrue(store.findSource(Ids.random()).isEmpty());
    }

    @Test
    void claim_roundTripsEveryField_andIsCreatedOnlyOnce() {
        Claim claim = claim("2024-11", T0);
        assertTrue(store.createClaim(claim));
        assertFalse(store.createClaim(claim));
        assertEquals(claim, store.findClaim(claim.id()).orElseThrow());
    }

    @Test
    void addReview_movesTheClaimFromQueueToTimeline_andBumpsVersion() {
        Claim claim = claim("2024-11-15", T0);
        store.createClaim(claim);
        assertEquals(List.of(claim.id()), ids(store.claimsByStatus("topic-a", ClaimStatus.PENDING, 10, null)));

        Claim reviewed = store.addReview(claim.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();

        assertEquals(2, reviewed.version());
        assertEquals(ClaimStatus.REVIEWED, reviewed.status());
        assertEquals(Rating.ACCURATE, reviewed.rating().orElseThrow());
        assertEquals(List.of(), ids(store.claimsByStatus("topic-a", ClaimStatus.PENDING, 10, null)));
        assertEquals(List.of(claim.id()), ids(timeline("topic-a", DateBounds.ALL, Set.of(), 10)));
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
        assertTrue(store.addReview(claim.id(), 2, review("bob", Rating.FALSE)).isEmpty(), "stale version");
        assertTrue(store.addReview(claim.id(), 1, review("alice", Rating.FALSE)).isEmpty(), "own claim");
        assertTrue(store.addReview(Ids.random(), 1, review("bob", Rating.FALSE)).isEmpty(), "no such claim");
        assertEquals(claim, store.findClaim(claim.id()).orElseThrow());
        assertEquals(1, table.allItems().size());
    }

    @Test
    void withdraw_movesTheClaimOutOfQueueAndTimeline_intoWithdrawn() {
        Claim pending = claim("2024-01", T0);
        Claim reviewed = claim("2024-02", T0.plusSeconds(1));
        store.createClaim(pending);
        store.createClaim(reviewed);
        store.addReview(reviewed.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();

        Claim w1 = store.withdraw(pending.id(), 1, new Withdrawal(T0, "bob", null)).orElseThrow();
        Claim w2 = store.withdraw(reviewed.id(), 2, new Withdrawal(T0, "bob", "Wrong meeting.")).orElseThrow();

        assertEquals(ClaimStatus.WITHDRAWN, w1.status());
        assertEquals(3, w2.version());
        assertEquals(1, w2.reviews().size(), "history kept");
        assertEquals(new Withdrawal(T0, "bob", "Wrong meeting."), store.findClaim(reviewed.id()).orElseThrow()
                .withdrawal(), "the withdrawal is read back from the item");
        assertEquals(new Withdrawal(T0, "bob", null), w1.withdrawal());
        assertEquals(List.of(), ids(store.claimsByStatus("topic-a", ClaimStatus.PENDING, 10, null)));
        assertEquals(List.of(), ids(timeline("topic-a", DateBounds.ALL, Set.of(), 10)));
        assertEquals(List.of(pending.id(), reviewed.id()),
                ids(store.claimsByStatus("topic-a", ClaimStatus.WITHDRAWN, 10, null)));
        assertTrue(store.withdraw(pending.id(), 2, new Withdrawal(T0, "bob", null)).isEmpty(), "already withdrawn");
        assertTrue(store.addReview(pending.id(), 2, review("bob", Rating.ACCURATE)).isEmpty(), "withdrawn");
    }

    @Test
    void timeline_sortsByDateStringThenId_acrossPrecisions() {
        List<String> expected = new ArrayList<>();
        for (String date : List.of("2025", "2024-11-15", "2024", "2024-11", "2025-01-20", "2024-11-15")) {
            Claim claim = reviewedClaim(date);
            expected.add(date + "#" + claim.id());
        }
        expected.sort(String::compareTo);
        List<String> actual = timeline("topic-a", DateBounds.ALL, Set.of(), 50).items().stream()
                .map(c -> c.eventDate().value() + "#" + c.id()).toList();
        assertEquals(expected, actual);
        assertEquals(List.of("2024", "2024-11", "2024-11-15", "2024-11-15", "2025", "2025-01-20"),
                actual.stream().map(k -> k.substring(0, k.indexOf('#'))).toList());
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
            Page<Claim> page = store.timeline("topic-a", DateBounds.ALL, Set.of(), 3, after);
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
        assertNull(store.timeline("topic-a", DateBounds.ALL, Set.of(), 2, null).next());
    }

    @Test
    void timeline_ratingFilter_fillsThePageAcrossShortReads() {
        for (int i = 1; i <= 6; i++) {
            Claim claim = claim("2024-11-0" + i, T0);
            store.createClaim(claim);
            store.addReview(claim.id(), 1, review("bob", i % 3 == 0 ? Rating.FALSE : Rating.ACCURATE));
        }
        Page<Claim> page = store.timeline("topic-a", DateBounds.ALL, Set.of(Rating.FALSE), 1, null);
        assertEquals(List.of("2024-11-03"), page.items().stream().map(c -> c.eventDate().value()).toList());
        Page<Claim> next = store.timeline("topic-a", DateBounds.ALL, Set.of(Rating.FALSE), 1, page.next());
        assertEquals(List.of("2024-11-06"), next.items().stream().map(c -> c.eventDate().value()).toList());
        assertNull(next.next());
    }

    @Test
    void timeline_isPerTopic() {
        reviewedClaim("2024");
        assertEquals(List.of(), ids(timeline("topic-b", DateBounds.ALL, Set.of(), 10)));
    }

    @Test
    void pendingQueue_isOldestSubmissionFirst() {
        Claim newer = claim("2020", T0.plusMillis(5));
        Claim older = claim("2030", T0);
        store.createClaim(newer);
        store.createClaim(older);
        assertEquals(List.of(older.id(), newer.id()),
                ids(store.claimsByStatus("topic-a", ClaimStatus.PENDING, 10, null)));
    }

    @Test
    void pendingQueue_newestFirst_pagesBackwardsWithoutLosingOrRepeating() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Claim claim = claim("2024", T0.plusMillis(i));
            store.createClaim(claim);
            submitted.add(0, claim.id());
        }
        Page<Claim> first = store.claimsByStatus("topic-a", ClaimStatus.PENDING, true, 3, null);
        Page<Claim> second = store.claimsByStatus("topic-a", ClaimStatus.PENDING, true, 3, first.next());
        assertEquals(submitted.subList(0, 3), ids(first));
        assertEquals(submitted.subList(3, 5), ids(second));
        assertNull(second.next());
    }

    @Test
    void countClaims_countsEachStatusOfOneTopic() {
        store.createClaim(claim("2024", T0));
        store.createClaim(claim("2025", T0));
        reviewedClaim("2023");
        assertEquals(2, store.countClaims("topic-a", ClaimStatus.PENDING));
        assertEquals(1, store.countClaims("topic-a", ClaimStatus.REVIEWED));
        assertEquals(0, store.countClaims("topic-a", ClaimStatus.WITHDRAWN));
        assertEquals(0, store.countClaims("topic-b", ClaimStatus.PENDING));
    }

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
        assertTrue(store.addTopicSource("topic-a", new TopicSource(one, "alice", T0)));
        assertTrue(store.addTopicSource("topic-a", new TopicSource(two, "bob", T0.plusSeconds(5))));
        assertFalse(store.addTopicSource("topic-a", new TopicSource(one, "carol", T0.plusSeconds(9))));
        assertTrue(store.addTopicSource("topic-b", new TopicSource(one, "carol", T0)));
        assertEquals(List.of(new TopicSource(two, "bob", T0.plusSeconds(5)), new TopicSource(one, "alice", T0)),
                store.topicSources("topic-a"));
        assertEquals(List.of(), store.topicSources("topic-c"));
    }

    private Claim reviewedClaim(String date) {
        Claim claim = claim(date, T0);
        store.createClaim(claim);
        return store.addReview(claim.id(), 1, review("bob", Rating.ACCURATE)).orElseThrow();
    }

    private Page<Claim> timeline(String topic, DateBounds range, Set<Rating> ratings, int limit) {
        return store.timeline(topic, range, ratings, limit, null);
    }

    private static List<String> ids(Page<Claim> page) {
        return page.items().stream().map(Claim::id).toList();
    }

    static Claim claim(String eventDate, Instant submittedAt) {
        return new Claim(Ids.random(), "topic-a", "A statement", EventDate.parse(eventDate), null, "Someone",
                new SourceRef(Ids.random(), "https://example.org/a", "Title", null, "2024-11-16"), "a quote", true,
                ClaimStatus.PENDING, "alice", submittedAt, 1, List.of(), "request-hash");
    }

    static Review review(String reviewer, Rating rating) {
        return new Review(reviewer, rating, "Because.", List.of(new Evidence("https://example.org/e", "E")), T0);
    }
}
