package org.polymetric.export.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.polymetric.kernel.ingest.playback.Spread;

/**
 * What a batch of beacons adds to the rollups, merged in memory so that a batch costs a few
 * statements whatever its size: per tier, one full row per game, bucket and combination of value
 * ids, and the projection rows those full rows add up to.
 *
 * <p>A beacon covers {@code [timestamp - interval, timestamp)}. Each minute it overlaps gets the
 * share of its bytes and times that falls in it (the kernel's exact {@link Spread}: shares add up
 * to the beacon's amounts) and the overlap as session time; a coarser tier's bucket gets the sum
 * of the shares of its minutes, which is exact as shares of adjacent ranges add up. Buckets whose
 * rows are past their retention ({@link Tier#keptMs}) at the batch's clock are skipped, as the
 * purge would delete them.
 */
public final class BatchRollup {
    private static final long MINUTE_MS = Tier.MINUTE.bucketMs();
    private static final Tier[] TIERS = Tier.values();

    /** A full row's primary key. */
    public record Row(long gameId, long bucket, Combination values) {
        public static final Comparator<Row> ORDER = Comparator.comparingLong(Row::gameId).thenComparingLong(Row::bucket)
                .thenComparing(Row::values, Combination.ORDER);
    }

    /** A projection row's primary key. */
    public record CubeRow(long gameId, int projection, long bucket, int a, int b) {
        public static final Comparator<CubeRow> ORDER = Comparator.comparingLong(CubeRow::gameId)
                .thenComparingInt(CubeRow::projection).thenComparingLong(CubeRow::bucket).thenComparingInt(CubeRow::a)
                .thenComparingInt(CubeRow::b);
    }

    /** A bucket of a tier of a game: an {@code export_bucket} row's key. */
    public record Bucket(long gameId, Tier tier, long bucket) {
        /**
         * How long after its end a bucket is closed (its projections derived): a beacon covers at
         * most 5 minutes, so by then nearly every beacon of the bucket has come.
         */
        public static final long CLOSE_DELAY_MS = 360_000;
        public static final Comparator<Bucket> ORDER = Comparator.comparingLong(Bucket::gameId)
                .thenComparingInt(b -> b.tier().ordinal()).thenComparingLong(Bucket::bucket);

        /** Whether the bucket ended at least {@link #CLOSE_DELAY_MS} before {@code nowMs}. */
        public boolean due(long nowMs) {
            return bucket + tier.bucketMs() + CLOSE_DELAY_MS <= nowMs;
        }
    }

    private final long nowMs;
    /** The minute shares, merged; coarser tiers are summed from them once, when asked. */
    private final Map<Row, long[]> minutes = new HashMap<>();
    private Map<Tier, Map<Row, long[]>> tiers;

    /** @param nowMs the clock that decides which buckets are still kept */
    public BatchRollup(long nowMs) {
        this.nowMs = nowMs;
    }

    /** Adds one beacon of the game, with the ids of its six values, covering {@code [startMs, startMs + lengthMs)}. */
    public void add(long gameId, Combination values, long startMs, long lengthMs, long http, long p2p, long played,
                    long rebuffered) {
        if (tiers != null) {
            throw new IllegalStateException("a batch's rows were read already");
        }
        Spread cdn = new Spread(startMs, lengthMs, http);
        Spread peer = new Spread(startMs, lengthMs, p2p);
        Spread play = new Spread(startMs, lengthMs, played);
        Spread rebuffer = new Spread(startMs, lengthMs, rebuffered);
        long end = startMs + lengthMs;
        for (long minute = Tier.MINUTE.bucketOf(startMs); minute < end; minute += MINUTE_MS) {
            long to = minute + MINUTE_MS;
            long[] sums = minutes.computeIfAbsent(new Row(gameId, minute, values), k -> new long[5]);
            sums[0] += cdn.in(minute, to);
            sums[1] += peer.in(minute, to);
            sums[2] += play.in(minute, to);
            sums[3] += rebuffer.in(minute, to);
            sums[4] += Math.min(to, end) - Math.max(minute, startMs);
        }
    }

    /** Per tier, the rows of the kept buckets: each coarser bucket the sum of its minutes (a few hundred rows a batch, not a row per beacon). */
    private Map<Tier, Map<Row, long[]>> tiers() {
        if (tiers == null) {
            tiers = new EnumMap<>(Tier.class);
            for (Tier t : TIERS) {
                Map<Row, long[]> rows = new HashMap<>();
                for (Map.Entry<Row, long[]> e : minutes.entrySet()) {
                    Row m = e.getKey();
                    long bucket = t.bucketOf(m.bucket());
                    if (!kept(t, bucket)) {
                        continue;
                    }
                    long[] sums = rows.computeIfAbsent(new Row(m.gameId(), bucket, m.values()), k -> new long[5]);
                    for (int i = 0; i < 5; i++) {
                        sums[i] += e.getValue()[i];
                    }
                }
                tiers.put(t, rows);
            }
        }
        return tiers;
    }

    private boolean kept(Tier t, long bucket) {
        return t.keptMs() == 0 || bucket >= nowMs - t.keptMs();
    }

    /** The tier's full rows, in primary-key order (writers lock rows in that order, so they wait on each other rather than deadlock). */
    public List<Map.Entry<Row, Sums>> rows(Tier tier) {
        Map<Row, long[]> rows = tiers().get(tier);
        List<Map.Entry<Row, Sums>> out = new ArrayList<>(rows.size());
        rows.forEach((k, v) -> out.add(Map.entry(k, sums(v))));
        out.sort(Map.Entry.comparingByKey(Row.ORDER));
        return out;
    }

    /** The buckets the batch adds to, in primary-key order. */
    public List<Bucket> buckets() {
        TreeSet<Bucket> buckets = new TreeSet<>(Bucket.ORDER);
        tiers().forEach((tier, r) -> r.keySet().forEach(k -> buckets.add(new Bucket(k.gameId(), tier, k.bucket()))));
        return new ArrayList<>(buckets);
    }

    /**
     * What the tier's full rows of the buckets {@code closed} accepts add to their projections:
     * for each of the {@value Projection#COUNT} projections, the rows' sums grouped by the
     * projection's values, in primary-key order.
     */
    public List<Map.Entry<CubeRow, Sums>> projections(Tier tier, Predicate<Bucket> closed) {
        Map<CubeRow, long[]> cube = new HashMap<>();
        tiers().get(tier).forEach((k, v) -> {
            if (closed.test(new Bucket(k.gameId(), tier, k.bucket()))) {
                for (Projection p : Projection.all()) {
                    long[] sums = cube.computeIfAbsent(new CubeRow(k.gameId(), p.id(), k.bucket(), p.a(k.values()), p.b(k.values())),
                            x -> new long[5]);
                    for (int i = 0; i < 5; i++) {
                        sums[i] += v[i];
                    }
                }
            }
        });
        List<Map.Entry<CubeRow, Sums>> out = new ArrayList<>(cube.size());
        cube.forEach((k, v) -> out.add(Map.entry(k, sums(v))));
        out.sort(Map.Entry.comparingByKey(CubeRow.ORDER));
        return out;
    }

    private static Sums sums(long[] v) {
        return new Sums(v[0], v[1], v[2], v[3], v[4]);
    }
}
