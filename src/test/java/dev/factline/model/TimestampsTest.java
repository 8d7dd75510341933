package dev.factline.model;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void format_writesTheFixedWidthShapeTheFormatterWrites() {
        for (String text : new String[] {"2024-11-16T09:30:00.000Z", "1970-01-01T00:00:00.001Z",
                "0001-02-03T04:05:06.789Z", "9999-12-31T23:59:59.999Z", "2024-02-29T12:00:00.5Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(REFERENCE.format(instant), Timestamps.format(instant), text);
        }
        assertNull(Timestamps.format(null));
    }

    @Test
    void format_dropsDigitsBelowTheMillisecond() {
        assertEquals("2024-11-16T09:30:00.123Z", Timestamps.format(Instant.parse("2024-11-16T09:30:00.123999Z")));
    }

    @Test
    void format_beyondFourDigitYears_fallsBackToTheFormatter() {
        Instant farFuture = Instant.parse("+12024-01-01T00:00:00Z");
        assertEquals(REFERENCE.format(farFuture), Timestamps.format(farFuture));
    }

    @Test
    void parse_readsBackWhatFormatWrote() {
        Instant instant = Instant.parse("2024-11-16T09:30:00.042Z");
        assertEquals(instant, Timestamps.parse(Timestamps.format(instant)));
    }

    @Test
    void parse_otherIsoShapes_goThroughJavaTime() {
        assertEquals(Instant.parse("2024-11-16T09:30:00Z"), Timestamps.parse("2024-11-16T09:30:00Z"));
    }

    @Test
    void parse_impossibleDatesOrNonDigits_fail() {
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2024-13-16T09:30:00.000Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2024-02-30T09:30:00.000Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2024-1a-16T09:30:00.000Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2024-11-16T24:30:00.000Z"));
    }
}
