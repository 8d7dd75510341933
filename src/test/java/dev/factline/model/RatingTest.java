package dev.factline.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingTest {

    @ParameterizedTest
    @CsvSource({"accurate, Accurate, 5", "mostly-accurate, Mostly accurate, 4", "misleading, Misleading, 2",
            "false, False, 1"})
    void rating_mapsToTheContractsLabelAndValue(String name, String label, int value) {
        Rating rating = Rating.fromWireName(name).orElseThrow();
        assertEquals(label, rating.label());
        assertEquals(Optional.of(value), rating.ratingValue());
        assertEquals(name, rating.wireName());
    }

    @Test
    void unproven_hasALabelButNoRatingValue() {
        assertEquals("Unproven", Rating.UNPROVEN.label());
        assertTrue(Rating.UNPROVEN.ratingValue().isEmpty());
        assertEquals(5, Rating.BEST_RATING);
        assertEquals(1, Rating.WORST_RATING);
    }

    @Test
    void fromWireName_refusesLabelsAndOtherCase() {
        assertTrue(Rating.fromWireName("Accurate").isEmpty());
        assertTrue(Rating.fromWireName("MOSTLY_ACCURATE").isEmpty());
        assertTrue(Rating.fromWireName(null).isEmpty());
    }
}
