package org.polymetric.counters.store;

import java.time.Duration;
import java.time.Instant;

/**
 * The three rollup tables, finest first, with how long each keeps its rows: minutes 14 days,
 * hours 400 days, days forever. A read uses the finest table whose window still holds the
 * range's start.
 */
public enum Resolution {
    MINUTE(MinuteChunks.TABLE, 60, Duration.ofDays(14)),
    HOUR("counters_hour", 3_600, Duration.ofDays(400)),
    DAY("counters_day", 86_400, null);

    private final String table;
    private final long seconds;
    private final Duration kept;

    Resolution(String table, long seconds, Duration kept) {
        this.table = table;
        this.seconds = seconds;
        this.kept = kept;
    }

    String table() {
        return table;
    }

    public long seconds() {
        return seconds;
    }

    /** How long rows are kept; null for ever. */
    public Duration kept() {
        return kept;
    }

    /** The start of the bucket {@code epochSecond} falls in. */
    public long floor(long epochSecond) {
        return Math.floorDiv(epochSecond, seconds) * seconds;
    }

    /**
     * The coarsest resolution whose buckets fit in a step of {@code stepSeconds} and whose rows for
     * {@code start} are kept at {@code now}: an xport over 30 days by day reads 30 day rows a
     * series instead of 720 hour rows. (The first point then holds its whole bucket, also what
     * lies before {@code start}: it is that bucket's point.) Falls back to the finest kept.
     */
    public static Resolution forStep(long stepSeconds, Instant start, Instant now) {
        Resolution finest = finestFor(start, now);
        Resolution chosen = finest;
        for (Resolution r : values()) {
            if (r.ordinal() >= finest.ordinal() && r.seconds <= stepSeconds && stepSeconds % r.seconds == 0) {
                chosen = r;
            }
        }
        return chosen;
    }

    /** The finest resolution whose rows for {@code start} are still kept at {@code now}. */
    public static Resolution finestFor(Instant start, Instant now) {
        for (Resolution r : values()) {
            if (r.kept == null || !start.isBefore(now.minus(r.kept))) {
                return r;
            }
        }
        return DAY;
    }
}
