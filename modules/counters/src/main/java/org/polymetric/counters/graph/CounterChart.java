package org.polymetric.counters.graph;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.polymetric.counters.domain.TimeRange;

/**
 * A line chart of counter series over a query's range, as the PNG the {@code graph} endpoints
 * answer: one line per series, a legend when there are several, times in UTC, fonts and parts
 * fitted to the size ({@link Legibility}), white background, no shadows or gradients. A chart
 * with no value at all still is a picture of the asked size, reading "No data".
 *
 * <p>Pure: nothing but its arguments goes in, and a chart may be drawn on any thread.
 *
 * @param title      the chart's title, e.g. "Ccu · eu"; {@code null} or blank for none
 * @param valueLabel the value axis' label, e.g. "CCU (maximum)"; {@code null} or blank for none
 * @param series     the lines, in legend order; may be empty
 * @param range      the time the chart shows, its left and right edges
 */
public record CounterChart(String title, String valueLabel, List<ChartSeries> series, TimeRange range) {
    static {
        // A server has no display. Unless told, AWT on Linux looks for an X server when DISPLAY is
        // set (and some servers inherit one), then fails on the first image instead of drawing
        // off-screen. AWT reads the property once, at its first use: set here, before this class
        // draws anything, and only when nobody chose, so an explicit -Djava.awt.headless wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Shown in place of the lines when no series has a value. */
    static final String NO_DATA = "No data";

    public CounterChart {
        series = List.copyOf(series);
        Objects.requireNonNull(range, "range");
    }

    /** Whether any series has a value to draw. */
    public boolean hasData() {
        return series.stream().anyMatch(ChartSeries::hasData);
    }

    /** The chart drawn at this size, as PNG bytes. */
    public byte[] png(ImageSize size) {
        return Png.encode(image(size));
    }

    /** The chart drawn at this size. */
    BufferedImage image(ImageSize size) {
        return image(size, null);
    }

    /** The chart drawn at this size, with where its parts went in {@code info} unless it is {@code null}. */
    BufferedImage image(ImageSize size, ChartRenderingInfo info) {
        JFreeChart chart = chart(size);
        // opaque: the background is white anyway, and an RGB PNG is smaller than an ARGB one
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()), info);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The chart as JFreeChart objects, laid out for this size but not drawn. */
    JFreeChart chart(ImageSize size) {
        Legibility look = Legibility.at(size);
        // a series of gaps only has no line to show, and an empty dataset is what shows "No data"
        SeriesDataset data = new SeriesDataset(hasData() ? series : List.of());

        XYPlot plot = new XYPlot(data, timeAxis(look), valueAxis(look, data), new LineRenderer(data, look.lineWidth()));
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setShadowGenerator(null);
        BasicStroke grid = new BasicStroke(1f);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(grid);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(grid);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(font(Font.PLAIN, look.labelFont()));
        plot.setNoDataMessagePaint(Palette.QUIET_TEXT);

        boolean legend = look.titleAndLegend() && data.getSeriesCount() > 1;
        JFreeChart chart = new JFreeChart(null, null, plot, legend);
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setBorderVisible(false);
        float p = look.padding();
        // the right edge gets more: a tick label at the range's end is centred on it and overhangs
        chart.setPadding(new RectangleInsets(p, p, p, look.axes() ? p + 2 * look.tickFont() : p));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (look.titleAndLegend() && title != null && !title.isBlank()) {
            TextTitle t = new TextTitle(title, font(Font.BOLD, look.titleFont()));
            t.setPaint(Palette.TEXT);
            t.setPadding(new RectangleInsets(0, 0, p, 0));
            chart.setTitle(t);
        }
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(font(Font.PLAIN, look.tickFont()));
            l.setItemPaint(Palette.TEXT);
            l.setBackgroundPaint(Palette.BACKGROUND);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setMargin(new RectangleInsets(p / 2, 0, 0, 0));
        }
        return chart;
    }

    private DateAxis timeAxis(Legibility look) {
        DateAxis axis = TimeAxis.of(range);
        style(axis, look);
        // the horizontal insets only widen the labels where the axis chooses its tick spacing
        axis.setTickLabelInsets(new RectangleInsets(2, look.tickGapX(), 1, look.tickGapX()));
        return axis;
    }

    private NumberAxis valueAxis(Legibility look, SeriesDataset data) {
        NumberAxis axis = new NumberAxis(valueLabel);
        // counters are amounts: from zero, a peak of 3,748 beside 3,700 does not look like a surge
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(ValueFormat.upTo(data.largestMagnitude()));
        style(axis, look);
        // without values the axis runs 0 to 1: its numbers would mean nothing
        axis.setTickLabelsVisible(data.getSeriesCount() > 0);
        axis.setTickMarksVisible(data.getSeriesCount() > 0);
        // the vertical insets only heighten the labels where the axis chooses its tick spacing
        axis.setTickLabelInsets(new RectangleInsets(look.tickGapY(), 1, look.tickGapY(), 3));
        return axis;
    }

    private static void style(Axis axis, Legibility look) {
        axis.setVisible(look.axes());
        if (!look.axisLabels() || axis.getLabel() == null || axis.getLabel().isBlank()) {
            axis.setLabel(null);
        }
        axis.setLabelFont(font(Font.PLAIN, look.labelFont()));
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(font(Font.PLAIN, look.tickFont()));
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.AXIS);
        axis.setTickMarkPaint(Palette.AXIS);
        axis.setTickMarkInsideLength(0);
        axis.setTickMarkOutsideLength(look.tickFont() / 3);
        axis.setLabelInsets(new RectangleInsets(look.padding() / 2, look.padding() / 2, look.padding() / 2,
                look.padding() / 2));
    }

    private static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
    }
}
