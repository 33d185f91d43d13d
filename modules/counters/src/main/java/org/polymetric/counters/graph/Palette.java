package org.polymetric.counters.graph;

import java.awt.Color;
import java.util.List;

/**
 * The colours of a chart. Lines take the Okabe–Ito colours, told apart with the common colour
 * blindnesses, in an order that keeps the first few far from each other; its yellow is left out,
 * as it vanishes on white. Everything else is greys that stay behind the lines.
 */
final class Palette {
    static final Color BACKGROUND = Color.WHITE;
    static final Color GRID = new Color(0xE3E3E3);
    static final Color AXIS = new Color(0xA8A8A8);
    static final Color TEXT = new Color(0x333333);
    static final Color QUIET_TEXT = new Color(0x777777);

    private static final List<Color> LINES = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermilion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0xE69F00), // orange
            new Color(0x56B4E9), // sky blue
            new Color(0x000000)); // black

    private Palette() {
    }

    /** The colour of the series at this index; after the last colour they repeat. */
    static Color line(int series) {
        return LINES.get(Math.floorMod(series, LINES.size()));
    }
}
