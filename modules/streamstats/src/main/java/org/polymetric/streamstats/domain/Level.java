package org.polymetric.streamstats.domain;

import java.time.Duration;

/**
 * The bucket sizes the rollups are kept at, with how long each is kept. Every bucket starts on a
 * multiple of its size since the Unix epoch (UTC), so each size divides the next and a day starts
 * at 00:00 UTC. The fine sizes are kept 48 h, as long as a beacon may arrive late; the hour and
 * day are kept 35 days, so the 30-day {@code 1M} window still has them when a beacon up to 48 h
 * late lands at its start.
 */
public enum Level {
    FIVE_SECONDS(5_000L, Duration.ofHours(48)),
    MINUTE(60_000L, Duration.ofHours(48)),
    FIVE_MINUTES(300_000L, Duration.ofHours(48)),
    HOUR(3_600_000L, Duration.ofDays(35)),
    DAY(86_400_000L, Duration.ofDays(35));

    private final long millis;
    private final Duration kept;

    Level(long millis, Duration kept) {
        this.millis = millis;
        this.kept = kept;
    }

    public long millis() {
        return millis;
    }

    /** How long rows of this size are kept before the purge removes them. */
    public Duration kept() {
        return kept;
    }

    /** The stored code of this size (the {@code level} column): its length in seconds. */
    public int code() {
        return (int) (millis / 1000);
    }

    /** The start of the bucket holding {@code ms}. */
    public long floor(long ms) {
        return Math.floorDiv(ms, millis) * millis;
    }

    /** Whether {@code ms} is the start of a bucket of this size. */
    public boolean starts(long ms) {
        return Math.floorMod(ms, millis) == 0;
    }
}
