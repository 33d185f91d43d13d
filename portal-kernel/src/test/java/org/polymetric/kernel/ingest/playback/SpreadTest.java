package org.polymetric.kernel.ingest.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A beacon's amounts spread evenly over its interval, in whole units that add up to the whole. */
class SpreadTest {

    private static final long T = 1_700_000_000_000L; // on the 5-second grid
    private static final long FIVE_S = 5_000;

    /** The spread of a beacon that ends at {@code endMs} after {@code lengthMs}. */
    private static Spread ending(long endMs, long lengthMs, long amount) {
        return new Spread(endMs - lengthMs, lengthMs, amount);
    }

    /** The sum of the shares of the 5-second buckets the interval overlaps. */
    private static long overBuckets(Spread s) {
        long sum = 0;
        for (long b = Math.floorDiv(s.startMs(), FIVE_S) * FIVE_S; b < s.endMs(); b += FIVE_S) {
            sum += s.in(b, b + FIVE_S);
        }
        return sum;
    }

    @Test
    void aBeaconInsideOneBucketPutsAllOfItThere() {
        Spread s = ending(T + 4_000, 3_000, 1_200_000);
        assertEquals(1_200_000, s.in(T, T + FIVE_S));
        assertEquals(0, s.in(T + 5_000, T + 10_000));
    }

    @Test
    void aBeaconAcrossBucketsIsSharedByTime() {
        // [T+2.5 s, T+12.5 s): 2.5 s, 5 s and 2.5 s in three 5-second buckets
        Spread s = ending(T + 12_500, 10_000, 1_000);
        assertEquals(250, s.in(T, T + 5_000));
        assertEquals(500, s.in(T + 5_000, T + 10_000));
        assertEquals(250, s.in(T + 10_000, T + 15_000));
    }

    @Test
    void unevenSharesAreRoundedSoTheyAddUpToTheWhole() {
        // 10 bytes over 3 ms, one bucket per ms: floor(10·1/3)=3, floor(10·2/3)-3=3, 10-6=4
        Spread s = new Spread(T, 3, 10);
        assertEquals(3, s.in(T, T + 1));
        assertEquals(3, s.in(T + 1, T + 2));
        assertEquals(4, s.in(T + 2, T + 3));
        for (long amount : new long[] {0, 1, 7, 999_999_937L}) {
            assertEquals(amount, overBuckets(ending(T + 13_333, 11_111, amount)));
        }
    }

    @Test
    void aWindowEdgeCutsTheShareAndAdjacentWindowsAddUp() {
        Spread s = ending(T + 7_000, 10_000, 1_000_003);
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
        Spread s = ending(T + 5_000, 1, 42);
        assertEquals(42, s.in(T, T + FIVE_S));
        Spread edge = ending(T + 5_001, 1, 42);
        assertEquals(0, edge.in(T, T + FIVE_S));
        assertEquals(42, edge.in(T + 5_000, T + 10_000));
    }

    @Test
    void hugeAmountsAreExact() {
        Spread s = new Spread(T, 300_000, Long.MAX_VALUE);
        long first = s.in(T, T + 100_000);
        assertEquals(Long.MAX_VALUE / 3, first);
        assertEquals(Long.MAX_VALUE, first + s.in(T + 100_000, T + 300_000));
    }

    @Test
    void anIntervalEndsAfterItStartsAndAnAmountIsNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Spread(T, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spread(T, 1, -1));
    }
}
