package org.polymetric.export.domain;

/**
 * A table of rollups and how long its rows are kept. Each tier keeps what the intervals that read
 * it may ask for (see {@link Interval}), plus a margin so that a query the limits allow never
 * finds rows already purged: so every allowed export reads exactly one tier.
 */
public enum Tier {
    MINUTE(60_000L, 7 * Interval.DAY_MS + Interval.HOUR_MS),
    TEN_MINUTES(600_000L, 14 * Interval.DAY_MS + Interval.HOUR_MS),
    HOUR(Interval.HOUR_MS, 15 * Interval.DAY_MS),
    DAY(Interval.DAY_MS, 0);

    private final long bucketMs;
    private final long keptMs;

    Tier(long bucketMs, long keptMs) {
        this.bucketMs = bucketMs;
        this.keptMs = keptMs;
    }

    /** A bucket's length; buckets are aligned to the Unix epoch. */
    public long bucketMs() {
        return bucketMs;
    }

    /** How long a bucket's rows are kept after its start; 0: for ever. */
    public long keptMs() {
        return keptMs;
    }

    /** The start of the bucket holding {@code ms}. */
    public long bucketOf(long ms) {
        return Math.floorDiv(ms, bucketMs) * bucketMs;
    }
}
