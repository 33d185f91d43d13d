package org.polymetric.streamstats.domain;

/**
 * A mean kept as sum and count, so the mean of a point made of many buckets is exact (the sums
 * and counts add, the means would not). No value without a count: a point without such beacons
 * has no mean rather than a zero.
 */
public record Mean(double sum, long count) {

    public static final Mean NONE = new Mean(0, 0);

    public Mean plus(Mean other) {
        return new Mean(sum + other.sum, count + other.count);
    }

    /** The mean, or null when no beacon carried the value. */
    public Double value() {
        return count == 0 ? null : sum / count;
    }
}
