package dev.factline.testing;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Withdrawal;
import dev.factline.store.FactlineStore.DateBounds;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake keeps the contract of FactlineStore that the fuzz tests rely on. */
class InMemoryFactlineStoreTest {

    private static final String TOPIC = "topic-a";
    private static final Instant T0 = Instant.parse("2024-11-16T10:00:00Z");

    private final InMemoryFactlineStore store = new InMemoryFactlineStore();

    private static String id(int n) {
        return String.format("%032x", n);
    }

    private static Claim pending(int n, String eventDate, Instant submittedAt) {
        return new Claim(id(n), TOPIC, "statement " + n, EventDate.parse(eventDate), null, null, null, null, false,
                ClaimStatus.PENDING, "fc-alice", submittedAt, 1, List.of(), "hash" + n);
    }

    private static Review review(String reviewer, Rating rating) {
        return new Review(reviewer, rating, "because", List.of(), T0);
    }

    @Test
    void createClaim_withAnExistingId_returnsFalseAndKeepsTheFirst() {
        assertTrue(store.createClaim(pending(1, "2024", T0)));
        assertFalse(store.createClaim(pending(1, "2025", T0)));
        assertEquals("2024", store.findClaim(id(1)).orElseThrow().eventDate().value());
        assertEquals(1, store.writes());
    }

    @Test
    void addReview_checksVersionFourEyesAndWithdrawal_andWritesNothingWhenOneFails() {
        store.createClaim(pending(1, "2024", T0));
        assertTrue(store.addReview(id(1), 2, review("ed-bob", Rating.FALSE)).isEmpty(), "stale version");
        assertTrue(store.addReview(id(1), 1, review("fc-alice", Rating.FALSE)).isEmpty(), "own claim");
        assertTrue(store.addReview(id(2), 1, review("ed-bob", Rating.FALSE)).isEmpty(), "no such claim");
        assertEquals(1, store.writes());

        Claim reviewed = store.addReview(id(1), 1, review("ed-bob", Rating.FALSE)).orElseThrow();
        assertEquals(ClaimStatus.REVIEWED, reviewed.status());
        assertEquals(2, reviewed.version());
        assertEquals(Rating.FALSE, reviewed.rating().orElseThrow());

        store.withdraw(id(1), 2, new Withdrawal(T0, "ed-bob", null)).orElseThrow();
        assertTrue(store.addReview(id(1), 3, review("ed-carol", Rating.FALSE)).isEmpty(), "withdrawn");
        assertTrue(store.withdraw(id(1), 3, new Withdrawal(T0, "ed-bob", null)).isEmpty(), "withdrawn already");
        assertEquals(3, store.writes());
    }

    @Test
    void claimsByStatus_listsEachClaimOnlyInItsStatus() {
        store.createClaim(pending(1, "2024", T0));
        store.createClaim(pending(2, "2024", T0.plusSeconds(1)));
        store.addReview(id(2), 1, review("ed-bob", Rating.ACCURATE));

        assertEquals(List.of(id(1)), ids(store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 10, null)));
        assertEquals(List.of(id(2)), ids(store.claimsByStatus(TOPIC, ClaimStatus.REVIEWED, 10, null)));
        assertEquals(List.of(), ids(store.claimsByStatus(TOPIC, ClaimStatus.WITHDRAWN, 10, null)));
        assertEquals(List.of(), ids(store.claimsByStatus("other", ClaimStatus.PENDING, 10, null)));
    }

    @Test
    void pending_isOldestSubmissionFirst_andPagesContinueAfterTheKey() {
        store.createClaim(pending(3, "2020", T0.plusSeconds(2)));
        store.createClaim(pending(1, "2030", T0));
        store.createClaim(pending(2, "2010", T0.plusSeconds(1)));

        Page<Claim> first = store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 2, null);
        assertEquals(List.of(id(1), id(2)), ids(first));
        assertNotNull(first.next());
        Page<Claim> second = store.claimsByStatus(TOPIC, ClaimStatus.PENDING, 2, first.next());
        assertEquals(List.of(id(3)), ids(second));
        assertNull(second.next());
    }

    @Test
    void timeline_isInEventDateOrder_withinTheRange_andFilteredByRating() {
        int n = 0;
        for (String date : List.of("2024-11-15", "2024", "2024-11", "2023-01-01", "2025")) {
            n++;
            store.createClaim(pending(n, date, T0));
            store.addReview(id(n), 1, review("ed-bob", n == 3 ? Rating.FALSE : Rating.ACCURATE));
        }
        assertEquals(List.of(id(4), id(2), id(3), id(1), id(5)),
                ids(store.timeline(TOPIC, DateBounds.ALL, Set.of(), 10, null)));
        assertEquals(List.of(id(2), id(3), id(1)),
                ids(store.timeline(TOPIC, new DateBounds(EventDate.parse("2024"), EventDate.parse("2024")), Set.of(), 10, null)));
        assertEquals(List.of(id(3)),
                ids(store.timeline(TOPIC, DateBounds.ALL, Set.of(Rating.FALSE), 10, null)));
    }

    private static List<String> ids(Page<Claim> page) {
        return page.items().stream().map(Claim::id).toList();
    }
}
