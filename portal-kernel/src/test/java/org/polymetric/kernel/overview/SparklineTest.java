package org.polymetric.kernel.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tiny trend line: lowest value at the bottom, highest at the top, escaped title, no style. */
class SparklineTest {

    @Test
    void theLineSpansTheLowestToTheHighestValue() {
        String svg = Sparkline.svg(new Trend("Sessions, last 7 days", List.of(5.0, 10.0, 0.0)));
        assertTrue(svg.startsWith("<svg class=\"sparkline\""), svg);
        assertTrue(svg.contains("<title>Sessions, last 7 days</title>"), svg);
        assertTrue(svg.contains("points=\"0.0,12.0 50.0,2.0 100.0,22.0\""), svg);
        assertFalse(svg.contains("style="), "presentation attributes only, nothing for the CSP to allow");
    }

    @Test
    void aFlatTrendIsALineAcrossTheMiddleAndNoValuesAnEmptyFrame() {
        assertTrue(Sparkline.svg("flat", List.of(3.0, 3.0)).contains("points=\"0.0,12.0 100.0,12.0\""));
        assertTrue(Sparkline.svg("one", List.of(7.0)).contains("points=\"50.0,12.0 51.0,12.0\""));
        String empty = Sparkline.svg("none", List.of());
        assertFalse(empty.contains("<polyline"), empty);
        assertTrue(empty.endsWith("<title>none</title></svg>"), empty);
    }

    @Test
    void missingOrNonFiniteValuesAreDrawnAsZero() {
        String svg = Sparkline.svg("gaps", Arrays.asList(null, Double.NaN, 4.0));
        assertTrue(svg.contains("points=\"0.0,22.0 50.0,22.0 100.0,2.0\""), svg);
    }

    @Test
    void theLabelIsEscaped() {
        String svg = Sparkline.svg("<script>\"&", List.of(1.0, 2.0));
        assertTrue(svg.contains("<title>&lt;script&gt;&quot;&amp;</title>"), svg);
        assertEquals(1, svg.split("<title>", -1).length - 1);
    }
}
