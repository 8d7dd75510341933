package dev.factline.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A setting kept outside the function and read again once it is older than its time to live,
 * so that a change made on a stack update reaches functions that are already running. Age is
 * measured on the wall clock, so an instance restored from a SnapStart snapshot taken longer
 * ago than that reads the setting again before its first use.
 *
 * <p>When a read fails and an earlier value is at hand, that value is kept and the read is
 * tried again after {@link #RETRY_AFTER_FAILURE}: a brief outage of the settings store must not
 * take the API down with it. With no earlier value, the failure is the caller's.
 */
public final class Refreshing<T> implements Supplier<T> {

    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

    private final Clock clock;
    private final Duration timeToLive;
    private final Supplier<T> read;
    private T value;
    private Instant readAgainAt = Instant.MIN;

    public Refreshing(Clock clock, Duration timeToLive, Supplier<T> read) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (value != null && now.isBefore(readAgainAt)) {
            return value;
        }
        try {
            value = Objects.requireNonNull(read.get(), "a setting read as null");
            readAgainAt = now.plus(timeToLive);
        } catch (RuntimeException failure) {
            if (value == null) {
                throw failure;
            }
            System.err.println("WARN keeping the settings read before; reading them again failed: " + failure);
            readAgainAt = now.plus(RETRY_AFTER_FAILURE);
        }
        return value;
    }
}
