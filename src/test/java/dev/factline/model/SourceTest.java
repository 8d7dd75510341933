package dev.factline.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTest {

    @Test
    void publicationDay_ofADate_isThatDate() {
        assertEquals(Optional.of(LocalDate.parse("2024-11-16")), Source.publicationDay("2024-11-16"));
    }

    @Test
    void publicationDay_ofAUtcTimestamp_isItsUtcCalendarDay() {
        assertEquals(Optional.of(LocalDate.parse("2024-11-16")), Source.publicationDay("2024-11-16T23:59:59Z"));
        assertEquals(Optional.of(LocalDate.parse("2024-03-01")), Source.publicationDay("2024-03-01T00:00:00Z"));
    }

    @Test
    void publicationDay_ofSomethingElse_isNone() {
        for (String notADay : new String[]{"16 November 2024", "2024-02-30", "2024-11-16T09:30:00+01:00",
                "2024-11-16T25:00:00Z", ""}) {
            assertEquals(Optional.empty(), Source.publicationDay(notADay), notADay);
        }
        assertEquals(Optional.empty(), Source.publicationDay(null));
    }
}
