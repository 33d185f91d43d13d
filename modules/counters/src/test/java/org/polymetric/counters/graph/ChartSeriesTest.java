package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's line: values at times, {@code NaN} for a point without a figure. */
class ChartSeriesTest {
    private static final Instant T0 = Instant.parse("2017-06-29T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1800);
    private static final Instant T2 = T0.plusSeconds(3600);

    @Test
    void keepsItsPointsInTimeOrder() {
        ChartSeries s = new ChartSeries("eu", List.of(T2, T0, T1), List.of(3.0, 1.0, 2.0));
        assertEquals(List.of(T0, T1, T2), s.times());
        assertEquals(List.of(1.0, 2.0, 3.0), s.values());
    }

    @Test
    void pointsAtTheSameTimeKeepTheirOrder() {
        ChartSeries s = new ChartSeries("eu", List.of(T1, T0, T1), List.of(2.0, 1.0, 5.0));
        assertEquals(List.of(1.0, 2.0, 5.0), s.values());
    }

    @Test
    void noFigureIsNaNWhateverItWasGivenAs() {
        List<Double> given = new ArrayList<>(Arrays.asList(null, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        ChartSeries s = new ChartSeries("eu", List.of(T0, T1, T2), given);
        s.values().forEach(v -> assertTrue(Double.isNaN(v), "" + v));
        assertFalse(s.hasData());
    }

    @Test
    void oneFigureIsData() {
        assertTrue(new ChartSeries("eu", List.of(T0, T1), List.of(Double.NaN, 0.0)).hasData());
    }

    @Test
    void anEmptySeriesHasNoData() {
        ChartSeries s = new ChartSeries("eu", List.of(), List.of());
        assertEquals(0, s.size());
        assertFalse(s.hasData());
    }

    @Test
    void needsAValueForEachTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChartSeries("eu", List.of(T0, T1), List.of(1.0)));
        assertEquals("series \"eu\" has 2 times but 1 values", e.getMessage());
    }

    @Test
    void aTimeIsNeverMissing() {
        assertThrows(NullPointerException.class, () -> new ChartSeries("eu", Arrays.asList(T0, null), List.of(1.0, 2.0)));
        assertThrows(NullPointerException.class, () -> new ChartSeries(null, List.of(), List.of()));
    }

    @Test
    void isACopyThatDoesNotChange() {
        List<Double> values = new ArrayList<>(List.of(1.0));
        ChartSeries s = new ChartSeries("eu", List.of(T0), values);
        values.set(0, 9.0);
        assertEquals(List.of(1.0), s.values());
        assertThrows(UnsupportedOperationException.class, () -> s.values().set(0, 2.0));
    }
}
