package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Lines broken at gaps; a point that joins nothing shows as a dot. */
class LineRendererTest {
    private static final Instant T0 = Instant.parse("2017-06-29T00:00:00Z");

    private static LineRenderer renderer(Double... values) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            times.add(T0.plusSeconds(1800L * i));
        }
        SeriesDataset data = new SeriesDataset(List.of(new ChartSeries("eu", times, List.of(values))));
        LineRenderer r = new LineRenderer(data, 1.5f);
        new XYPlot(data, new DateAxis(), new NumberAxis(), r);
        return r;
    }

    private static final double GAP = Double.NaN;

    @Test
    void pointsOnALineHaveNoDot() {
        LineRenderer r = renderer(1.0, 2.0, 3.0);
        for (int i = 0; i < 3; i++) {
            assertFalse(r.getItemShapeVisible(0, i));
        }
    }

    @Test
    void aPointBetweenGapsIsADot() {
        LineRenderer r = renderer(1.0, 2.0, GAP, 4.0, GAP, 6.0, 7.0);
        assertTrue(r.getItemShapeVisible(0, 3));
        assertFalse(r.getItemShapeVisible(0, 2), "a gap draws nothing");
        assertFalse(r.getItemShapeVisible(0, 1));
        assertFalse(r.getItemShapeVisible(0, 5));
    }

    @Test
    void aPointAtAnEndNextToAGapIsADot() {
        LineRenderer r = renderer(1.0, GAP, 3.0, 4.0, GAP, 6.0);
        assertTrue(r.getItemShapeVisible(0, 0));
        assertTrue(r.getItemShapeVisible(0, 5));
    }

    @Test
    void aSeriesOfOnePointIsADot() {
        assertTrue(renderer(5.0).getItemShapeVisible(0, 0));
    }

    @Test
    void theLegendShowsALineEvenForASeriesStartingWithADot() {
        LegendItem item = renderer(1.0, GAP, 3.0, 4.0).getLegendItem(0, 0);
        assertFalse(item.isShapeVisible());
        assertTrue(item.isLineVisible());
        assertEquals(Palette.line(0), item.getLinePaint());
    }
}
