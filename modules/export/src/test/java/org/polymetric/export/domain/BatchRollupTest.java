package org.polymetric.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a batch adds: minute shares that add up to the beacons, coarse tiers as their sums, projections as grouped rows. */
class BatchRollupTest {
    private static final long DAY = 86_400_000L;
    private static final long T = 1_700_000_000_000L / DAY * DAY; // a midnight
    private static final long NOW = T + 2 * DAY;
    private static final Combination A = new Combination(1, 2, 0, 0, 3, 4);
    private static final Combination B = new Combination(1, 2, 0, 0, 5, 4);

    private static Map<Long, Sums> byBucket(List<Map.Entry<BatchRollup.Row, Sums>> rows) {
        Map<Long, Sums> out = new HashMap<>();
        rows.forEach(e -> out.merge(e.getKey().bucket(), e.getValue(), Sums::plus));
        return out;
    }

    private static Sums total(List<Map.Entry<BatchRollup.Row, Sums>> rows) {
        return rows.stream().map(Map.Entry::getValue).reduce(Sums.ZERO, Sums::plus);
    }

    @Test
    void aBeaconInsideOneMinuteIsAllInThatMinute() {
        BatchRollup batch = new BatchRollup(NOW);
        batch.add(7, A, T + 10_000, 5_000, 1_000, 500, 5_000, 0);
        List<Map.Entry<BatchRollup.Row, Sums>> minutes = batch.rows(Tier.MINUTE);
        assertEquals(1, minutes.size());
        assertEquals(new BatchRollup.Row(7, T, A), minutes.get(0).getKey());
        assertEquals(new Sums(1_000, 500, 5_000, 0, 5_000), minutes.get(0).getValue());
    }

    @Test
    void aBeaconStraddlingBucketsIsSharedByTimeAndAddsUpToItsAmounts() {
        BatchRollup batch = new BatchRollup(NOW);
        // [T + 59:57.5, T + 1:00:07.5): 2.5 s in the last minute of the first hour, 7.5 s in the next
        long start = T + 3_600_000 - 2_500;
        batch.add(7, A, start, 10_000, 1_001, 10, 10_000, 3);
        Map<Long, Sums> minutes = byBucket(batch.rows(Tier.MINUTE));
        assertEquals(new Sums(250, 2, 2_500, 0, 2_500), minutes.get(T + 3_540_000));
        assertEquals(new Sums(751, 8, 7_500, 3, 7_500), minutes.get(T + 3_600_000));
        Sums whole = new Sums(1_001, 10, 10_000, 3, 10_000);
        for (Tier t : Tier.values()) {
            assertEquals(whole, total(batch.rows(t)), t + " adds up to the beacon");
        }
        assertEquals(2, batch.rows(Tier.HOUR).size(), "the hour is crossed too");
        assertEquals(1, batch.rows(Tier.DAY).size());
        // uneven amounts: every tier still adds up exactly
        BatchRollup odd = new BatchRollup(NOW);
        odd.add(7, A, T + 13_333, 300_000, 999_999_937L, 7, 299_999, 1);
        for (Tier t : Tier.values()) {
            assertEquals(new Sums(999_999_937L, 7, 299_999, 1, 300_000), total(odd.rows(t)), t.name());
        }
        assertEquals(6, odd.rows(Tier.MINUTE).size());
    }

    @Test
    void coarseTiersAreTheSumsOfTheMinutesAndBeaconsOfOneRowMerge() {
        BatchRollup batch = new BatchRollup(NOW);
        for (int i = 0; i < 100; i++) {
            long start = T + i * 37_000L;
            batch.add(7, i % 3 == 0 ? B : A, start, 10_000 + i, 1_000 + i, i, 10_000, i % 2);
        }
        for (Tier coarse : List.of(Tier.TEN_MINUTES, Tier.HOUR, Tier.DAY)) {
            Map<BatchRollup.Row, Sums> summed = new HashMap<>();
            for (Map.Entry<BatchRollup.Row, Sums> m : batch.rows(Tier.MINUTE)) {
                BatchRollup.Row k = m.getKey();
                summed.merge(new BatchRollup.Row(k.gameId(), coarse.bucketOf(k.bucket()), k.values()), m.getValue(), Sums::plus);
            }
            Map<BatchRollup.Row, Sums> rows = new HashMap<>();
            batch.rows(coarse).forEach(e -> rows.put(e.getKey(), e.getValue()));
            assertEquals(summed, rows, coarse.name());
        }
        assertEquals(2, batch.rows(Tier.DAY).size(), "one row per combination");
    }

    @Test
    void rowsAndBucketsComeInKeyOrder() {
        BatchRollup batch = new BatchRollup(NOW);
        batch.add(9, B, T + 120_000, 1_000, 1, 1, 1, 1);
        batch.add(7, B, T + 60_000, 1_000, 1, 1, 1, 1);
        batch.add(7, A, T + 60_000, 1_000, 1, 1, 1, 1);
        batch.add(7, A, T, 1_000, 1, 1, 1, 1);
        List<BatchRollup.Row> keys = batch.rows(Tier.MINUTE).stream().map(Map.Entry::getKey).toList();
        assertEquals(List.of(new BatchRollup.Row(7, T, A), new BatchRollup.Row(7, T + 60_000, A),
                new BatchRollup.Row(7, T + 60_000, B), new BatchRollup.Row(9, T + 120_000, B)), keys);
        List<BatchRollup.Bucket> buckets = batch.buckets();
        assertEquals(new BatchRollup.Bucket(7, Tier.MINUTE, T), buckets.get(0));
        assertEquals(new BatchRollup.Bucket(7, Tier.MINUTE, T + 60_000), buckets.get(1));
        assertEquals(new BatchRollup.Bucket(7, Tier.TEN_MINUTES, T), buckets.get(2));
        assertEquals(new BatchRollup.Bucket(9, Tier.DAY, T), buckets.get(buckets.size() - 1));
        assertEquals(9, buckets.size(), "game 7: two minutes, one bucket of each coarser tier; game 9: one of each");
    }

    @Test
    void bucketsPastTheirRetentionAreSkipped() {
        long now = T + 8 * DAY;
        BatchRollup batch = new BatchRollup(now);
        batch.add(7, A, T, 1_000, 1, 1, 1, 1);
        assertTrue(batch.rows(Tier.MINUTE).isEmpty(), "minutes are kept 7 days + 1 h");
        assertEquals(1, batch.rows(Tier.TEN_MINUTES).size());
        assertEquals(1, batch.rows(Tier.DAY).size());
        BatchRollup older = new BatchRollup(T + 20 * DAY);
        older.add(7, A, T, 1_000, 1, 1, 1, 1);
        assertEquals(List.of(new BatchRollup.Bucket(7, Tier.DAY, T)), older.buckets(), "days are kept for ever");
    }

    @Test
    void projectionsAreTheFullRowsGroupedByEachSetOfValues() {
        BatchRollup batch = new BatchRollup(NOW);
        batch.add(7, A, T, 1_000, 10, 1, 1_000, 0);
        batch.add(7, B, T, 2_000, 20, 2, 2_000, 5);
        batch.add(7, B, T + 60_000, 2_000, 40, 4, 2_000, 0);
        List<Map.Entry<BatchRollup.CubeRow, Sums>> cube = batch.projections(Tier.MINUTE, b -> b.bucket() == T);
        Map<BatchRollup.CubeRow, Sums> rows = new HashMap<>();
        cube.forEach(e -> rows.put(e.getKey(), e.getValue()));
        assertEquals(new Sums(30, 3, 3_000, 5, 3_000), rows.get(new BatchRollup.CubeRow(7, 0, T, 0, 0)), "the empty set: the bucket's total");
        assertEquals(new Sums(30, 3, 3_000, 5, 3_000), rows.get(new BatchRollup.CubeRow(7, 1, T, 1, 0)), "by browser: one value");
        assertEquals(new Sums(10, 1, 1_000, 0, 1_000), rows.get(new BatchRollup.CubeRow(7, 5, T, 3, 0)), "by os 3");
        assertEquals(new Sums(20, 2, 2_000, 5, 2_000), rows.get(new BatchRollup.CubeRow(7, 5, T, 5, 0)), "by os 5");
        assertEquals(new Sums(20, 2, 2_000, 5, 2_000), rows.get(new BatchRollup.CubeRow(7, 21, T, 5, 4)), "by os 5 and page 4");
        assertTrue(cube.stream().noneMatch(e -> e.getKey().bucket() != T), "only the buckets asked for");
        for (Projection p : Projection.all()) {
            Sums sum = cube.stream().filter(e -> e.getKey().projection() == p.id()).map(Map.Entry::getValue).reduce(Sums.ZERO, Sums::plus);
            assertEquals(new Sums(30, 3, 3_000, 5, 3_000), sum, "each projection adds up to the bucket: " + p);
        }
        assertEquals(cube.stream().sorted(Map.Entry.comparingByKey(BatchRollup.CubeRow.ORDER)).toList(), cube, "key order");
        assertTrue(batch.projections(Tier.MINUTE, b -> false).isEmpty());
    }
}
