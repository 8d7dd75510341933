package dev.factline.testing;

import dev.factline.model.Claim;
import dev.factline.model.Rating;
import dev.factline.model.Withdrawal;
import dev.factline.store.FactlineStore;
import dev.factline.store.FactlineStoreContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fake keeps the store contract that the fuzz tests rely on, and counts what it writes. */
class InMemoryFactlineStoreTest extends FactlineStoreContract {

    private final InMemoryFactlineStore memory = new InMemoryFactlineStore();

    @Override
    protected FactlineStore newStore() {
        return memory;
    }

    @Override
    protected int storedRecords() {
        return memory.records();
    }

    @Test
    void writes_countEveryChangeApplied_andNoRefusedOne() {
        Claim claim = claim("2024", T0);
        memory.createClaim(claim);
        memory.createClaim(claim);
        memory.addReview(claim.id(), 2, review("bob", Rating.FALSE));
        assertEquals(1, memory.writes());
        memory.addReview(claim.id(), 1, review("bob", Rating.FALSE)).orElseThrow();
        memory.withdraw(claim.id(), 2, new Withdrawal(T0, "bob", null)).orElseThrow();
        memory.withdraw(claim.id(), 3, new Withdrawal(T0, "bob", null));
        assertEquals(3, memory.writes());
    }
}
