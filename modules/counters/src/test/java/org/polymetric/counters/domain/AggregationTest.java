package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A counter's one figure over a range: the average or the maximum of its samples. */
class AggregationTest {
    private static final Instant T0 = Instant.parse("2017-06-29T09:00:00Z");

    /** One bucket per value, a minute apart. */
    private static List<Rollup> samples(double... values) {
        Rollup[] r = new Rollup[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = Rollup.of(T0.plusSeconds(60L * i), values[i]);
        }
        return List.of(r);
    }

    @Test
    void theAverageIsTheSumOverTheCount() {
        assertEquals(OptionalDouble.of(20), Aggregation.AVERAGE.over(samples(10, 20, 30)));
        assertEquals(2.5, Aggregation.AVERAGE.of(new Rollup(4, 10, 1, 4, 4, T0)));
    }

    @Test
    void theAverageWeighsSamplesNotBuckets() {
        // a busy minute with 4 samples of 10 and a quiet one with 1 sample of 60: 100 / 5, not (10 + 60) / 2
        Rollup busy = new Rollup(4, 40, 10, 10, 10, T0);
        Rollup quiet = new Rollup(1, 60, 60, 60, 60, T0.plusSeconds(60));
        assertEquals(OptionalDouble.of(20), Aggregation.AVERAGE.over(List.of(busy, quiet)));
    }

    @Test
    void theMaximumIsTheLargestSample() {
        assertEquals(OptionalDouble.of(13020), Aggregation.MAXIMUM.over(samples(11722, 12242, 13020, 12818)));
        assertEquals(4, Aggregation.MAXIMUM.of(new Rollup(4, 10, 1, 4, 2, T0)));
    }

    @Test
    void theMaximumOfNegativeSamplesIsTheLeastNegative() {
        assertEquals(OptionalDouble.of(-1), Aggregation.MAXIMUM.over(samples(-5, -1, -3)));
    }

    @Test
    void theMaximumIsNotTheLatest() {
        assertEquals(OptionalDouble.of(3748.37), Aggregation.MAXIMUM.over(samples(1934, 3748.37, 15)));
    }

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void oneSampleIsItsOwnFigure(Aggregation a) {
        assertEquals(OptionalDouble.of(765), a.over(samples(765)));
    }

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void aRangeWithoutSamplesHasNoFigure(Aggregation a) {
        assertEquals(OptionalDouble.empty(), a.over(List.of()));
    }

    @Test
    void aCounterFiguresThroughItsAggregation() {
        List<Rollup> range = samples(1000, 3000);
        assertEquals(OptionalDouble.of(2000), Counter.TRAFFIC_MULTIPLAYER.aggregation().over(range));
        assertEquals(OptionalDouble.of(3000), Counter.TRAFFIC_CHAT.aggregation().over(range));
        assertEquals(OptionalDouble.of(3000), Counter.CCU.aggregation().over(range));
        assertEquals(OptionalDouble.of(3000), Counter.SERVERS.aggregation().over(range));
    }
}
