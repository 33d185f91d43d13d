package org.polymetric.streamstats.domain;

import java.math.BigInteger;

/**
 * An amount (bytes, played or rebuffered milliseconds) spread evenly over a beacon's interval, in
 * whole units.
 *
 * <p>Rounding: the part of the amount that lies before instant {@code t} is
 * {@code floor(amount × (t - start) / length)}, and a range's share is that part at its end minus
 * that part at its start. So shares of adjacent ranges add up exactly to the share of their union,
 * the buckets of an interval add up to the whole amount, and no share is more than one unit away
 * from its exact proportion. The products are exact (no overflow, no floating point).
 */
public record Spread(BeaconInterval interval, long amount) {

    public Spread {
        if (amount < 0) {
            throw new IllegalArgumentException("a spread amount is not negative: " + amount);
        }
    }

    /** The share of the amount that falls in {@code [fromMs, toMs)}. */
    public long in(long fromMs, long toMs) {
        long from = Math.max(fromMs, interval.startMs());
        long to = Math.min(toMs, interval.endMs());
        if (to <= from) {
            return 0;
        }
        return before(to) - before(from);
    }

    /** The share in the bucket of this size that starts at {@code bucketStartMs}. */
    public long inBucket(Level level, long bucketStartMs) {
        return in(bucketStartMs, bucketStartMs + level.millis());
    }

    private long before(long t) {
        long elapsed = t - interval.startMs();
        long length = interval.lengthMs();
        long high = Math.multiplyHigh(amount, elapsed);
        long low = amount * elapsed;
        if (high == 0 && low >= 0) {
            return low / length;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(elapsed))
                .divide(BigInteger.valueOf(length)).longValueExact();
    }
}
