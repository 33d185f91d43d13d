package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Readable at 200×100 and at 1600×1600": what each size shows, and how large. */
class LegibilityTest {

    private static Legibility at(int width, int height) {
        return Legibility.at(new ImageSize(width, height));
    }

    @Test
    void aTinyChartIsItsLinesAlone() {
        Legibility tiny = at(60, 30);
        assertFalse(tiny.axes());
        assertFalse(tiny.titleAndLegend());
        assertFalse(tiny.axisLabels());
        assertFalse(at(1, 1).axes());
        assertFalse(at(1600, 49).axes());
    }

    @Test
    void at200By100ThePlotKeepsItsTicksOnly() {
        Legibility small = at(200, 100);
        assertTrue(small.axes());
        assertFalse(small.titleAndLegend());
        assertFalse(small.axisLabels());
        assertEquals(9, small.tickFont());
    }

    @Test
    void at400By200TheTitleAndLegendComeBackButNotTheAxisLabels() {
        Legibility medium = at(400, 200);
        assertTrue(medium.titleAndLegend());
        assertFalse(medium.axisLabels());
    }

    @Test
    void at800By400EverythingShows() {
        Legibility full = at(800, 400);
        assertTrue(full.axes());
        assertTrue(full.titleAndLegend());
        assertTrue(full.axisLabels());
        assertEquals(11, full.tickFont());
        assertEquals(15, full.titleFont());
    }

    @Test
    void largerChartsHaveLargerFontsAndLinesUpToALimit() {
        Legibility full = at(800, 400);
        Legibility large = at(1600, 1600);
        assertTrue(large.tickFont() > full.tickFont());
        assertTrue(large.titleFont() > full.titleFont());
        assertTrue(large.lineWidth() > full.lineWidth());
        assertEquals(16, large.tickFont());
        assertEquals(large.tickFont(), at(1600, 800).tickFont(), "twice the default size is as large as it gets");
        assertEquals(large.lineWidth(), at(1600, 800).lineWidth());
    }

    @Test
    void theNarrowerSideRulesTheFonts() {
        assertEquals(at(800, 400).tickFont(), at(800, 1600).tickFont());
        assertEquals(at(800, 400).tickFont(), at(1600, 400).tickFont());
    }

    @Test
    void noLineIsThinnerThanTheThinnest() {
        for (int[] size : new int[][] {{200, 100}, {400, 200}, {640, 320}, {800, 400}, {1600, 1600}}) {
            assertTrue(at(size[0], size[1]).lineWidth() >= Legibility.THINNEST_LINE);
        }
    }
}
