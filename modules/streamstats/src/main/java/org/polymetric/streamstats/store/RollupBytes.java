package org.polymetric.streamstats.store;

/** The bytes of some rollup rows per source: all a summary's throughput needs of them. */
public record RollupBytes(long cdn, long p2p) {
    public static final RollupBytes NONE = new RollupBytes(0, 0);

    public RollupBytes plus(RollupBytes other) {
        return new RollupBytes(cdn + other.cdn, p2p + other.p2p);
    }
}
