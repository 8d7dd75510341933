package dev.factline.service.candidates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CandidateServiceTest {

    @Test
    void publicationDay_ofADate_isThatDate() {
        assertEquals(LocalDate.parse("2024-11-16"), CandidateService.publicationDay("2024-11-16"));
    }

    @Test
    void publicationDay_ofATimestamp_isItsUtcCalendarDay() {
        assertEquals(LocalDate.parse("2024-11-16"), CandidateService.publicationDay("2024-11-16T23:59:59Z"));
        assertEquals(LocalDate.parse("2024-03-01"), CandidateService.publicationDay("2024-03-01T00:00:00Z"));
    }

    @Test
    void publicationDay_ofSomethingElse_isNone() {
        assertNull(CandidateService.publicationDay("16 November 2024"));
    }
}
