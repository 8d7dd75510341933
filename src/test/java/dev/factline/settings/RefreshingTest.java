package dev.factline.settings;

import dev.factline.testing.AdjustableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RefreshingTest {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void get_withinItsTimeToLive_readsOnce() {
        Refreshing<String> setting = new Refreshing<>(clock, Duration.ofMinutes(1), () -> "v" + reads.incrementAndGet());

        assertEquals("v1", setting.get());
        clock.advance(Duration.ofSeconds(59));

        assertEquals("v1", setting.get());
        assertEquals(1, reads.get());
    }

    @Test
    void get_onceItsTimeToLiveHasPassed_readsAgain() {
        Refreshing<String> setting = new Refreshing<>(clock, Duration.ofMinutes(1), () -> "v" + reads.incrementAndGet());
        setting.get();

        clock.advance(Duration.ofMinutes(1));

        assertEquals("v2", setting.get());
    }

    @Test
    void get_afterASnapshotRestoredLaterThanItsTimeToLive_readsAgainBeforeItsFirstUse() {
        Refreshing<String> setting = new Refreshing<>(clock, Duration.ofMinutes(1), () -> "v" + reads.incrementAndGet());
        setting.get(); // during init, before the snapshot

        clock.advance(Duration.ofDays(3)); // the snapshot restored three days later

        assertEquals("v2", setting.get());
    }

    @Test
    void get_whenReadingAgainFails_keepsTheValueItHas_andTriesAgainSoon() {
        AtomicInteger attempt = new AtomicInteger();
        Refreshing<String> setting = new Refreshing<>(clock, Duration.ofMinutes(1), () -> {
            int n = attempt.incrementAndGet();
            if (n == 2) {
                throw new IllegalStateException("the store is unavailable");
            }
            return "v" + n;
        });
        assertEquals("v1", setting.get());
        clock.advance(Duration.ofMinutes(1));

        assertEquals("v1", setting.get());
        clock.advance(Refreshing.RETRY_AFTER_FAILURE.minusSeconds(1));
        assertEquals("v1", setting.get());
        assertEquals(2, attempt.get());
        clock.advance(Duration.ofSeconds(1));

        assertEquals("v3", setting.get());
    }

    @Test
    void get_whenTheFirstReadFails_failsWithItsReason() {
        IllegalStateException unavailable = new IllegalStateException("the store is unavailable");
        Refreshing<String> setting = new Refreshing<>(clock, Duration.ofMinutes(1), () -> {
            throw unavailable;
        });

        assertSame(unavailable, assertThrows(IllegalStateException.class, setting::get));
    }
}
