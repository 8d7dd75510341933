package dev.factline.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void derived_isStableAndSeparatesItsParts() {
        assertEquals(Ids.derived("claim", "alice", "k1"), Ids.derived("claim", "alice", "k1"));
        assertNotEquals(Ids.derived("claim", "alice", "k1"), Ids.derived("claim", "bob", "k1"));
        assertNotEquals(Ids.derived("claim", "ab", "c"), Ids.derived("claim", "a", "bc"));
    }

    @Test
    void ids_areThirtyTwoLowerHexDigits() {
        assertTrue(Ids.isValid(Ids.random()));
        assertTrue(Ids.isValid(Ids.derived("source", "urn:x:y")));
        assertNotEquals(Ids.random(), Ids.random());
        assertFalse(Ids.isValid("0123456789ABCDEF0123456789abcdef"));
        assertFalse(Ids.isValid("0123456789abcdef"));
        assertFalse(Ids.isValid(null));
    }
}
