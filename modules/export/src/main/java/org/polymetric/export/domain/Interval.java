package org.polymetric.export.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The time intervals an export is split by, aligned to the Unix epoch, with Peer5's limits: 1m and
 * 5m cover at most 6 hours within the last 7 days; 10m and 30m at most 7 days within the last 14;
 * 1h, 3h and 12h lie within the last 14 days; 1d, 7d and 14d are not limited. Each reads one
 * {@link Tier}, whose bucket divides it and whose retention covers its limit.
 */
public enum Interval {
    M1("1m", 60_000L, Tier.MINUTE, 6 * Interval.HOUR_MS, 7),
    M5("5m", 300_000L, Tier.MINUTE, 6 * Interval.HOUR_MS, 7),
    M10("10m", 600_000L, Tier.TEN_MINUTES, 7 * Interval.DAY_MS, 14),
    M30("30m", 1_800_000L, Tier.TEN_MINUTES, 7 * Interval.DAY_MS, 14),
    H1("1h", Interval.HOUR_MS, Tier.HOUR, 0, 14),
    H3("3h", 3 * Interval.HOUR_MS, Tier.HOUR, 0, 14),
    H12("12h", 12 * Interval.HOUR_MS, Tier.HOUR, 0, 14),
    D1("1d", Interval.DAY_MS, Tier.DAY, 0, 0),
    D7("7d", 7 * Interval.DAY_MS, Tier.DAY, 0, 0),
    D14("14d", 14 * Interval.DAY_MS, Tier.DAY, 0, 0);

    static final long HOUR_MS = 3_600_000L;
    static final long DAY_MS = 24 * HOUR_MS;

    /** The names, comma-separated, for refusals. */
    public static final String NAMES = Arrays.stream(values()).map(Interval::key).collect(Collectors.joining(", "));

    private final String key;
    private final long ms;
    private final Tier tier;
    private final long longestRangeMs;
    private final int withinDays;

    Interval(String key, long ms, Tier tier, long longestRangeMs, int withinDays) {
        this.key = key;
        this.ms = ms;
        this.tier = tier;
        this.longestRangeMs = longestRangeMs;
        this.withinDays = withinDays;
    }

    /** Peer5's name: {@code 1m}. */
    public String key() {
        return key;
    }

    public long ms() {
        return ms;
    }

    /** The tier an export of this interval reads. */
    public Tier tier() {
        return tier;
    }

    /** The longest range {@code to - from} allowed; 0: any. */
    public long longestRangeMs() {
        return longestRangeMs;
    }

    /** How many days back an export may start; 0: any. */
    public int withinDays() {
        return withinDays;
    }

    public static Optional<Interval> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }
}
