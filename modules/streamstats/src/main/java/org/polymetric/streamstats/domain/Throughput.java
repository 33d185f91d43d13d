package org.polymetric.streamstats.domain;

/**
 * Throughput in kbps of a window or point: the bytes spread into it × 8 / 1000 / its length in
 * seconds, that is bytes × 8 / its length in milliseconds; {@code total} is cdn + p2p. Unrounded:
 * the answer decides how many decimals it writes.
 */
public record Throughput(double cdn, double p2p) {

    /** The throughput of these bytes over a window {@code lengthMs} long. */
    public static Throughput of(long cdnBytes, long p2pBytes, long lengthMs) {
        return new Throughput(kbps(cdnBytes, lengthMs), kbps(p2pBytes, lengthMs));
    }

    /** bytes × 8 / 1000 / seconds, with seconds = {@code lengthMs} / 1000. */
    public static double kbps(long bytes, long lengthMs) {
        if (lengthMs <= 0) {
            throw new IllegalArgumentException("a window lasts at least a millisecond: " + lengthMs);
        }
        return bytes * 8.0 / lengthMs;
    }

    public double total() {
        return cdn + p2p;
    }
}
