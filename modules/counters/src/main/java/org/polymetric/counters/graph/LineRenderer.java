package org.polymetric.counters.graph;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws each series as one line, broken at its gaps. A point with gaps on both sides (or a series
 * of one point) joins nothing, so a line alone would not show it: such points, and only those,
 * get a dot.
 */
final class LineRenderer extends XYLineAndShapeRenderer {
    private final transient SeriesDataset data;

    LineRenderer(SeriesDataset data, float lineWidth) {
        super(true, false);
        this.data = data;
        // one path per series: round joins at every point, and gaps where a value is NaN
        setDrawSeriesLineAsPath(true);
        setAutoPopulateSeriesStroke(false);
        setDefaultStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        setAutoPopulateSeriesShape(false);
        double r = Math.max(1.5, lineWidth * 1.25);
        setDefaultShape(new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        setAutoPopulateSeriesPaint(false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            setSeriesPaint(s, Palette.line(s), false);
        }
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        return !data.isGap(series, item)
                && (item == 0 || data.isGap(series, item - 1))
                && (item == data.getItemCount(series) - 1 || data.isGap(series, item + 1));
    }

    /** A line in the legend, never a dot: a series is a line even when its first point stands alone. */
    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null) {
            item.setShapeVisible(false);
        }
        return item;
    }
}
