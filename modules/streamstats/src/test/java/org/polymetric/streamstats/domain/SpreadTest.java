package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A beacon's amounts spread evenly over its interval, in whole units that add up to the whole. */
class SpreadTest {

    private static final long T = 1_700_000_000_000L; // on the 5-second grid

    @Test
    void aBeaconInsideOneBucketPutsAllOfItThere() {
        Spread s = new Spread(BeaconInterval.of(T + 4_000, 3_000), 1_200_000);
        assertEquals(List.of(T), s.interval().buckets(Level.FIVE_SECONDS));
        assertEquals(1_200_000, s.inBucket(Level.FIVE_SECONDS, T));
        assertEquals(0, s.inBucket(Level.FIVE_SECONDS, T + 5_000));
    }

    @Test
    void aBeaconAcrossBucketsIsSharedByTime() {
        // [T+2.5 s, T+12.5 s): 2.5 s, 5 s and 2.5 s in three 5-second buckets
        Spread s = new Spread(BeaconInterval.of(T + 12_500, 10_000), 1_000);
        assertEquals(List.of(T, T + 5_000, T + 10_000), s.interval().buckets(Level.FIVE_SECONDS));
        assertEquals(250, s.inBucket(Level.FIVE_SECONDS, T));
        assertEquals(500, s.inBucket(Level.FIVE_SECONDS, T + 5_000));
        assertEquals(250, s.inBucket(Level.FIVE_SECONDS, T + 10_000));
    }

    @Test
    void unevenSharesAreRoundedSoTheyAddUpToTheWhole() {
        // 10 bytes over 3 ms, one bucket per ms: floor(10·1/3)=3, floor(10·2/3)-3=3, 10-6=4
        Spread s = new Spread(new BeaconInterval(T, T + 3), 10);
        assertEquals(3, s.in(T, T + 1));
        assertEquals(3, s.in(T + 1, T + 2));
        assertEquals(4, s.in(T + 2, T + 3));
        for (long amount : new long[] {0, 1, 7, 999_999_937L}) {
            Spread odd = new Spread(BeaconInterval.of(T + 13_333, 11_111), amount);
            long sum = odd.interval().buckets(Level.FIVE_SECONDS).stream()
                    .mapToLong(b -> odd.inBucket(Level.FIVE_SECONDS, b)).sum();
            assertEquals(amount, sum);
        }
    }

    @Test
    void aWindowEdgeCutsTheShareAndAdjacentWindowsAddUp() {
        Spread s = new Spread(BeaconInterval.of(T + 7_000, 10_000), 1_000_003);
        long before = s.in(T - 60_000, T);
        long after = s.in(T, T + 60_000);
        assertEquals(300_000, before);   // 3 of 10 s lie before T
        assertEquals(1_000_003, before + after);
        assertEquals(0, s.in(T + 7_000, T + 9_000));   // the end is exclusive
        assertEquals(0, s.in(T - 10_000, T - 3_000));  // the start is inclusive: nothing before it
        assertEquals(1_000_003, s.in(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2));
    }

    @Test
    void aOneMillisecondIntervalLiesInOneBucket() {
        Spread s = new Spread(BeaconInterval.of(T + 5_000, 1), 42);
        assertEquals(List.of(T), s.interval().buckets(Level.FIVE_SECONDS));
        assertEquals(42, s.inBucket(Level.FIVE_SECONDS, T));
        Spread edge = new Spread(BeaconInterval.of(T + 5_001, 1), 42);
        assertEquals(List.of(T + 5_000), edge.interval().buckets(Level.FIVE_SECONDS));
        assertEquals(42, edge.inBucket(Level.FIVE_SECONDS, T + 5_000));
    }

    @Test
    void hugeAmountsAreExact() {
        Spread s = new Spread(new BeaconInterval(T, T + 300_000), Long.MAX_VALUE);
        long first = s.in(T, T + 100_000);
        assertEquals(Long.MAX_VALUE / 3, first);
        assertEquals(Long.MAX_VALUE, first + s.in(T + 100_000, T + 300_000));
    }

    @Test
    void anIntervalEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> BeaconInterval.of(T, 0));
        assertThrows(IllegalArgumentException.class, () -> new Spread(BeaconInterval.of(T, 1), -1));
    }
}
