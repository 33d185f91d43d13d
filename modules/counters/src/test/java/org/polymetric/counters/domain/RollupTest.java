package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bucket's count, sum, min, max and latest value, and how buckets combine. */
class RollupTest {
    private static final Instant T0 = Instant.parse("2017-06-29T09:00:00Z");

    @Test
    void oneSampleIsItsOwnSumMinMaxAndLast() {
        assertEquals(new Rollup(1, 3748, 3748, 3748, 3748, T0), Rollup.of(T0, 3748));
    }

    @Test
    void samplesAddUp() {
        Rollup r = Rollup.of(T0, 10).plus(T0.plusSeconds(10), 30).plus(T0.plusSeconds(20), 20);
        assertEquals(new Rollup(3, 60, 10, 30, 20, T0.plusSeconds(20)), r);
    }

    @Test
    void theLatestValueIsTheOneWithTheLaterTimeWhateverTheOrderOfArrival() {
        Rollup late = Rollup.of(T0.plusSeconds(50), 7);
        Rollup early = Rollup.of(T0, 9);
        assertEquals(7, late.plus(early).last());
        assertEquals(T0.plusSeconds(50), late.plus(early).lastAt());
        assertEquals(7, early.plus(late).last());
    }

    @Test
    void onATieTheAddedValueIsTheLatest() {
        assertEquals(2, Rollup.of(T0, 1).plus(T0, 2).last());
        assertEquals(1, Rollup.of(T0, 2).plus(T0, 1).last());
    }

    @Test
    void minuteRollupsMakeTheHoursRollup() {
        Rollup minute1 = new Rollup(6, 60, 5, 15, 12, T0.plusSeconds(50));
        Rollup minute2 = new Rollup(6, 120, 18, 22, 20, T0.plusSeconds(110));
        Rollup minute3 = new Rollup(2, 4, -3, 7, 7, T0.plusSeconds(170));
        assertEquals(Optional.of(new Rollup(14, 184, -3, 22, 7, T0.plusSeconds(170))),
                Rollup.total(List.of(minute2, minute3, minute1)));
    }

    @Test
    void noRollupsHaveNoTotal() {
        assertEquals(Optional.empty(), Rollup.total(List.of()));
    }

    @Test
    void aRollupHoldsAtLeastOneSample() {
        assertThrows(IllegalArgumentException.class, () -> new Rollup(0, 0, 0, 0, 0, T0));
        assertThrows(IllegalArgumentException.class, () -> new Rollup(-1, 0, 0, 0, 0, T0));
    }

    @Test
    void itsMinimumIsNotAboveItsMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new Rollup(2, 3, 2, 1, 1, T0));
    }

    @Test
    void itsLatestValueHasATime() {
        assertThrows(NullPointerException.class, () -> new Rollup(1, 1, 1, 1, 1, null));
    }
}
