package org.polymetric.streamstats.domain;

import java.time.Duration;

/**
 * The bucket sizes the rollups are kept at, with how long each is kept. Every bucket starts on a
 * multiple of its size since the Unix epoch (UTC), so each size divides the next and a day starts
 * at 00:00 UTC.
 *
 * <p>A size is kept as long as the longest window that reads it, with room to spare: 5 s buckets
 * serve {@code live} and {@code 10m} (kept 1 h), minutes {@code 1h} (6 h), 5 minutes {@code 24h}
 * (48 h, as long as a beacon may arrive late), hours and days {@code 1w} and {@code 1M} (35 days,
 * at least the 31). A beacon is written only into buckets still kept ({@link #keeps}), so
 * a late one costs no rows that no window will read.
 */
public enum Level {
    FIVE_SECONDS(5_000L, Duration.ofHours(1)),
    MINUTE(60_000L, Duration.ofHours(6)),
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

    /** Whether the bucket starting at {@code bucketMs} is still kept at {@code nowMs}: it ends within {@link #kept()} of now. */
    public boolean keeps(long bucketMs, long nowMs) {
        return bucketMs + millis > nowMs - kept.toMillis();
    }

    /** Whether {@code ms} is the start of a bucket of this size. */
    public boolean starts(long ms) {
        return Math.floorMod(ms, millis) == 0;
    }
}
