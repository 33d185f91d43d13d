package org.polymetric.counters.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.counters.store.RollupReader.Bucket;

class GamePeaksTest {
    @Test
    void regionsAddUpPerStepAndThePeakIsTheHighestSum() {
        // game 7 has series 1 (eu) and 2 (us), game 8 series 3
        Map<Long, Long> ownerOf = Map.of(1L, 7L, 2L, 7L, 3L, 8L);
        List<Bucket> buckets = List.of(
                new Bucket(1, 0, 30, 900, 10, 40), new Bucket(2, 0, 30, 300, 5, 15),
                new Bucket(1, 1800, 30, 600, 10, 30), new Bucket(2, 1800, 30, 900, 5, 35),
                new Bucket(3, 3600, 1, 12, 12, 12));
        Map<Long, GamePeaks.Peak> peaks = GamePeaks.peaks(buckets, ownerOf, List.of(0L, 1800L, 3600L));
        assertEquals(new GamePeaks.Peak(65, List.of(55.0, 65.0, 0.0)), peaks.get(7L), "40 + 15, then 30 + 35");
        assertEquals(new GamePeaks.Peak(12, List.of(0.0, 0.0, 12.0)), peaks.get(8L));
    }

    @Test
    void aGameWithoutSamplesIsLeftOut() {
        Map<Long, GamePeaks.Peak> peaks = GamePeaks.peaks(List.of(new Bucket(1, 0, 0, 0, 0, 0)), Map.of(1L, 7L), List.of(0L));
        assertEquals(Map.of(), peaks);
    }

    @Test
    void xportsAlreadyReadGiveTheSamePeakAsTheBuckets() {
        List<Long> times = List.of(0L, 1800L, 3600L);
        List<Bucket> buckets = List.of(
                new Bucket(1, 0, 30, 900, 10, 40), new Bucket(2, 0, 30, 300, 5, 15),
                new Bucket(1, 1800, 30, 600, 10, 30), new Bucket(2, 1800, 30, 900, 5, 35));
        GamePeaks.Peak read = GamePeaks.peaks(buckets, Map.of(1L, 7L, 2L, 7L), times).get(7L);
        List<Number> eu = new java.util.ArrayList<>(List.of(40, 30));
        eu.add(null);
        List<Number> us = new java.util.ArrayList<>(List.of(15, 35));
        us.add(null);
        GamePeaks.Peak folded = GamePeaks.ofXports(List.of(new CounterReads.Xport(times, eu), new CounterReads.Xport(times, us),
                CounterReads.Xport.NONE));
        assertEquals(read, folded);
        assertEquals(new GamePeaks.Peak(0, List.of()), GamePeaks.ofXports(List.of(CounterReads.Xport.NONE)), "no samples");
    }
}
