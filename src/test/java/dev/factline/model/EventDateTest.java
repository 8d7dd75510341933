package dev.factline.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventDateTest {

    @ParameterizedTest
    @CsvSource({"2024, YEAR", "2024-11, MONTH", "2024-11-15, DAY", "2024-02-29, DAY", "1000, YEAR",
            "9999-12-31, DAY"})
    void parse_givesThePrecisionOfTheForm(String text, DatePrecision precision) {
        EventDate date = EventDate.parse(text);
        assertEquals(text, date.value());
        assertEquals(precision, date.precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13", "2024-00", "2024-11-31", "2024-04-31",
            "2024-11-00"})
    void parse_refusesDatesThatAreNotOnTheCalendar(String text) {
        var e = assertThrows(EventDate.InvalidEventDateException.class, () -> EventDate.parse(text));
        assertEquals("not a calendar date", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0999", "999", "24", "2024-1", "2024-11-5", "2024/11/15", "2024-11-15T00:00:00Z",
            " 2024", "2024-11-15 ", "", "20241115", "+2024", "２０２４", "20x4", "2024x11", "2024-1x", "2024-11-1x",
            "2024-11x15", "2024-١١"})
    void parse_refusesOtherForms(String text) {
        assertThrows(EventDate.InvalidEventDateException.class, () -> EventDate.parse(text));
    }

    @Test
    void parts_areGivenToThePrecision() {
        assertEquals(2024, EventDate.parse("2024").year());
        assertNull(EventDate.parse("2024").month());
        assertEquals(11, EventDate.parse("2024-11").month());
        assertNull(EventDate.parse("2024-11").day());
        assertEquals(5, EventDate.parse("2024-11-05").day());
    }

    @Test
    void isBefore_comparesOnTheCommonPrefix() {
        assertTrue(EventDate.parse("2024-10-31").isBefore(EventDate.parse("2024-11")));
        assertFalse(EventDate.parse("2024-11-15").isBefore(EventDate.parse("2024-11")));
        assertFalse(EventDate.parse("2024-11").isBefore(EventDate.parse("2024-11-15")));
        assertTrue(EventDate.parse("2024").isBefore(EventDate.parse("2025-01")));
    }

    @Test
    void sortOrder_isTheStringItself() {
        assertTrue("2024".compareTo("2024-11") < 0);
        assertTrue("2024-11".compareTo("2024-11-15") < 0);
    }
}
