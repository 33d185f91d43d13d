package org.polymetric.counters.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is kept of the samples of one series in one bucket (a minute, an hour, a day): how many,
 * their sum, the smallest, the largest, and the latest with its time. These five answer every
 * counter's aggregation over any range made of whole buckets, so queries never read samples.
 *
 * @param count  samples taken in, at least one (an empty bucket has no rollup)
 * @param lastAt the time of {@code last}, so that rollups combine in any order
 */
public record Rollup(long count, double sum, double min, double max, double last, Instant lastAt) {
    public Rollup {
        Objects.requireNonNull(lastAt, "lastAt");
        if (count < 1) {
            throw new IllegalArgumentException("a rollup holds at least one sample, not " + count);
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /** The rollup of one sample. */
    public static Rollup of(Instant at, double value) {
        return new Rollup(1, value, value, value, value, at);
    }

    /** The rollup of this one's samples and one more. */
    public Rollup plus(Instant at, double value) {
        return plus(of(at, value));
    }

    /**
     * The rollup of both rollups' samples. The latest value is the one with the later time; on a
     * tie {@code other}'s wins, as a later write of the same instant replaces an earlier one.
     */
    public Rollup plus(Rollup other) {
        boolean otherIsLater = !other.lastAt.isBefore(lastAt);
        return new Rollup(count + other.count, sum + other.sum, Math.min(min, other.min), Math.max(max, other.max),
                otherIsLater ? other.last : last, otherIsLater ? other.lastAt : lastAt);
    }

    /** All the rollups' samples as one rollup, taken in iteration order; empty when there are none. */
    public static Optional<Rollup> total(Iterable<Rollup> rollups) {
        Rollup total = null;
        for (Rollup r : rollups) {
            total = total == null ? r : total.plus(r);
        }
        return Optional.ofNullable(total);
    }
}
