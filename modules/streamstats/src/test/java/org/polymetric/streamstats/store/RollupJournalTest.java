package org.polymetric.streamstats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.RollupSums;

/** The journal's rows: every key part and sum survives the bytes, and rows of one key merge. */
class RollupJournalTest {

    /** Sums with every field distinct, from {@code base} on. */
    private static RollupSums sums(long base) {
        RollupSums v = new RollupSums();
        v.cdnBytes = base + 1;
        v.p2pBytes = base + 2;
        fill(v.cdn, base + 10);
        fill(v.p2p, base + 20);
        v.responseTimeSumCdn = base + 3;
        v.responseTimeCountCdn = base + 4;
        v.responseTimeSumP2p = base + 5;
        v.responseTimeCountP2p = base + 6;
        return v;
    }

    private static void fill(RollupSums.PerSource s, long base) {
        s.beacons = base;
        s.playedMs = base + 1;
        s.rebufferedMs = base + 2;
        s.bufferHealthSum = base + 3;
        s.bufferHealthCount = base + 4;
        s.fillingRateSum = base + 0.125;
        s.fillingRateCount = base + 5;
        s.droppedFrames = base + 6;
    }

    /** Every field of a row as text, so two rows compare whole. */
    private static String text(Map.Entry<RollupWriter.Key, RollupSums> row) {
        RollupSums v = row.getValue();
        return row.getKey() + " " + v.cdnBytes + " " + v.p2pBytes + " " + text(v.cdn) + " " + text(v.p2p) + " "
                + v.responseTimeSumCdn + " " + v.responseTimeCountCdn + " " + v.responseTimeSumP2p + " " + v.responseTimeCountP2p;
    }

    private static String text(RollupSums.PerSource s) {
        return s.beacons + "," + s.playedMs + "," + s.rebufferedMs + "," + s.bufferHealthSum + "," + s.bufferHealthCount + ","
                + s.fillingRateSum + "," + s.fillingRateCount + "," + s.droppedFrames;
    }

    private static List<String> texts(List<Map.Entry<RollupWriter.Key, RollupSums>> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(text(r)));
        return out;
    }

    @Test
    void rowsRoundTripWithEveryKeyPartAndSum() {
        List<Map.Entry<RollupWriter.Key, RollupSums>> rows = List.of(
                Map.entry(new RollupWriter.Key(7, 5, 1_700_000_000_000L, Long.MAX_VALUE), sums(100)),
                Map.entry(new RollupWriter.Key(Long.MAX_VALUE, 86_400, -1, 1), sums(-1_000_000_000_000L)));
        List<Map.Entry<RollupWriter.Key, RollupSums>> back = RollupJournal.decode(RollupJournal.encode(rows));
        assertEquals(texts(rows), texts(back));
        assertEquals(100 + 10 + 0.125, back.get(0).getValue().cdn.fillingRateSum);
    }

    @Test
    void anEmptyBatchRoundTrips() {
        assertEquals(List.of(), RollupJournal.decode(RollupJournal.encode(List.of())));
    }

    @Test
    void twoJournalRowsMergeByKey() {
        RollupWriter.Key shared = new RollupWriter.Key(7, 60, 60_000, 3);
        RollupWriter.Key other = new RollupWriter.Key(7, 60, 120_000, 3);
        byte[] first = RollupJournal.encode(List.of(Map.entry(shared, sums(1)), Map.entry(other, sums(50))));
        byte[] second = RollupJournal.encode(List.of(Map.entry(shared, sums(1_000))));
        Map<RollupWriter.Key, RollupSums> merged = new HashMap<>();
        RollupJournal.mergeInto(merged, RollupJournal.decode(first));
        RollupJournal.mergeInto(merged, RollupJournal.decode(second));
        RollupSums expected = sums(1);
        expected.add(sums(1_000));
        assertEquals(List.of(text(Map.entry(shared, expected)), text(Map.entry(other, sums(50)))),
                texts(RollupWriter.sorted(merged)));
        assertEquals(11.125 + 1_010.125, merged.get(shared).cdn.fillingRateSum);
    }

    @Test
    void aLargeBatchIsJournaledInPartsOfBoundedSizeAndNoneForNoRows() {
        List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * RollupJournal.ENTRIES_PER_ROW + 1; i++) {
            rows.add(i);
        }
        List<List<Integer>> parts = RollupJournal.parts(rows);
        assertEquals(List.of(RollupJournal.ENTRIES_PER_ROW, RollupJournal.ENTRIES_PER_ROW, 1), parts.stream().map(List::size).toList());
        assertEquals(rows, parts.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), RollupJournal.parts(List.of()));
    }
}
