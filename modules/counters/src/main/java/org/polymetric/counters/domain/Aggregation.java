package org.polymetric.counters.domain;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a counter's samples over a range become the one figure Photon answers for it: the seed
 * describes each counter as an {@code (average)} or a {@code (maximum)}.
 */
public enum Aggregation {
    /**
     * The mean of every sample in the range: the sum over the count, not the mean of the buckets'
     * means, so a bucket with few samples (an agent that started late) weighs as little as it holds.
     */
    AVERAGE {
        @Override
        public double of(long count, double sum, double max) {
            return sum / count;
        }
    },
    /** The largest sample in the range (peak CCU, peak rooms…). */
    MAXIMUM {
        @Override
        public double of(long count, double sum, double max) {
            return max;
        }
    };

    /** The figure of {@code count} samples (at least one) adding up to {@code sum}, the largest {@code max}. */
    public abstract double of(long count, double sum, double max);

    /** The figure of the samples summed up in {@code all}. */
    public double of(Rollup all) {
        return of(all.count(), all.sum(), all.max());
    }

    /** The figure of the samples of all the rollups; empty when there are none (no data in the range). */
    public OptionalDouble over(Iterable<Rollup> rollups) {
        Optional<Rollup> total = Rollup.total(rollups);
        return total.isPresent() ? OptionalDouble.of(of(total.get())) : OptionalDouble.empty();
    }
}
