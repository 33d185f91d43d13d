package org.polymetric.kernel.ingest.playback;

import java.math.BigInteger;

/**
 * An amount (bytes, played or rebuffered milliseconds) spread evenly over the interval
 * {@code [startMs, startMs + lengthMs)} a beacon reports on, in whole units: written once here so
 * that every module that rolls beacons up (streamstats, export) splits them alike.
 *
 * <p>Rounding: the part of the amount that lies before instant {@code t} is
 * {@code floor(amount × (t - start) / length)}, and a range's share is that part at its end minus
 * that part at its start. So shares of adjacent ranges add up exactly to the share of their union,
 * the buckets of an interval add up to the whole amount, and no share is more than one unit away
 * from its exact proportion. The products are exact (no overflow, no floating point).
 */
public record Spread(long startMs, long lengthMs, long amount) {

    public Spread {
        if (lengthMs <= 0) {
            throw new IllegalArgumentException("an interval ends after it starts: length " + lengthMs);
        }
        if (amount < 0) {
            throw new IllegalArgumentException("a spread amount is not negative: " + amount);
        }
    }

    /** The amount of a beacon spread over its interval {@code [startMs(), timestampMs)}. */
    public static Spread of(Beacon b, long amount) {
        return new Spread(b.startMs(), b.intervalMs(), amount);
    }

    /** The end of the interval (excluded). */
    public long endMs() {
        return startMs + lengthMs;
    }

    /** The share of the amount that falls in {@code [fromMs, toMs)}. */
    public long in(long fromMs, long toMs) {
        long from = Math.max(fromMs, startMs);
        long to = Math.min(toMs, endMs());
        if (to <= from) {
            return 0;
        }
        return before(to) - before(from);
    }

    private long before(long t) {
        long elapsed = t - startMs;
        long high = Math.multiplyHigh(amount, elapsed);
        long low = amount * elapsed;
        if (high == 0 && low >= 0) {
            return low / lengthMs;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(elapsed))
                .divide(BigInteger.valueOf(lengthMs)).longValueExact();
    }
}
