package org.polymetric.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The bucket widths the dialects ask for, each with the name vendors use for it. */
public enum Interval {
    MINUTE("1m", Duration.ofMinutes(1)),
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    TEN_MINUTES("10m", Duration.ofMinutes(10)),
    THIRTY_MINUTES("30m", Duration.ofMinutes(30)),
    HOUR("1h", Duration.ofHours(1)),
    DAY("1d", Duration.ofDays(1)),
    WEEK("7d", Duration.ofDays(7)),
    FORTNIGHT("14d", Duration.ofDays(14));

    private final String code;
    private final Duration width;

    Interval(String code, Duration width) {
        this.code = code;
        this.width = width;
    }

    public String code() {
        return code;
    }

    public Duration width() {
        return width;
    }

    public static Optional<Interval> fromCode(String code) {
        for (Interval i : values()) {
            if (i.code.equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The start of the bucket holding {@code t}; buckets are aligned on the Unix epoch in UTC. */
    public Instant floor(Instant t) {
        long w = width.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), w) * w);
    }

    /** True when {@code t} is the start of a bucket. */
    public boolean isAligned(Instant t) {
        return floor(t).equals(t);
    }
}
