package org.polymetric.counters.graph;

/**
 * What a chart of a given size shows, and how large: the parts that fit, and fonts, lines and
 * tick spacing in proportion to the picture, so that 200 × 100 still shows its lines and
 * 1600 × 1600 is neither fine print nor a ladder of 40 grid lines.
 *
 * <ul>
 * <li>Under 100 × 50 ("tiny"): the lines alone. Tick labels would take all the room.</li>
 * <li>Under 400 × 200 ("small", e.g. 200 × 100): axes with small tick labels; no title, legend or
 * axis labels, which would leave too little of the plot.</li>
 * <li>Under 640 × 320 ("medium"): title and legend too, but no axis labels: the plot would be a
 * strip.</li>
 * <li>Larger: everything, with fonts and lines growing with the square root of the size, from
 * their size at 800 × 400 (tick labels 11 px) up to 1.4 times that at 1600 × 800.</li>
 * </ul>
 *
 * <p>Tick spacing: an axis picks the densest ticks whose labels do not touch; the gaps widen each
 * label (in that choice only) in proportion to the picture, aiming at some 8 value ticks and a dozen
 * time ticks whatever the size.
 *
 * @param axes           whether the axes (ticks and tick labels) are drawn
 * @param titleAndLegend whether the title and the legend (of several series) are drawn
 * @param axisLabels     whether the axis labels (the range in UTC, the values' name) are drawn
 * @param tickFont       tick labels and the legend, in pixels
 * @param labelFont      axis labels and the "No data" message, in pixels
 * @param titleFont      the title, in pixels
 * @param lineWidth      the series' lines, in pixels
 * @param padding        space around the chart, in pixels
 * @param tickGapX       space each side of a time label, in pixels
 * @param tickGapY       space above and below a value label, in pixels
 */
record Legibility(boolean axes, boolean titleAndLegend, boolean axisLabels, float tickFont, float labelFont,
        float titleFont, float lineWidth, float padding, float tickGapX, float tickGapY) {
    static final int TINY_WIDTH = 100;
    static final int TINY_HEIGHT = 50;
    static final int SMALL_WIDTH = 400;
    static final int SMALL_HEIGHT = 200;
    static final int MEDIUM_WIDTH = 640;
    static final int MEDIUM_HEIGHT = 320;

    /** Thinner lines than this fade to a grey fringe once anti-aliased. */
    static final float THINNEST_LINE = 1.25f;

    static Legibility at(ImageSize size) {
        int w = size.width();
        int h = size.height();
        if (w < TINY_WIDTH || h < TINY_HEIGHT) {
            return new Legibility(false, false, false, 8, 8, 8, 1f, 1, 1, 1);
        }
        if (w < SMALL_WIDTH || h < SMALL_HEIGHT) {
            return new Legibility(true, false, false, 9, 9, 9, THINNEST_LINE, 3, 1, 1);
        }
        // 1 at the default size; the narrower side of the ratio rules, as the fonts must fit both ways
        double scale = Math.sqrt(Math.min(2, Math.min(w / 800.0, h / 400.0)));
        float tick = (float) Math.max(10, Math.round(11 * scale));
        return new Legibility(true, true, w >= MEDIUM_WIDTH && h >= MEDIUM_HEIGHT, tick, tick + 1,
                (float) Math.max(13, Math.round(15 * scale)), (float) Math.max(THINNEST_LINE, Math.min(2.5, 1.5 * scale)),
                (float) Math.round(8 * scale), Math.max(tick, w / 64f), Math.max(tick / 2, h / 48f));
    }
}
