package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server-drawn chart: a run of points is a line, a lone point a dot, a point without a value a gap; no style attributes. */
class SvgChartTest {
    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void runsAreLinesLonePointsDotsAndGapsBreakThem() {
        List<Long> times = List.of(0L, 5_000L, 10_000L, 15_000L, 20_000L);
        SvgChart chart = new SvgChart(times, 5_000).line("cdn", Map.of(0L, 1.0, 5_000L, 2.0, 15_000L, 4.0))
                .line("p2p", Map.of());
        String svg = chart.svg("throughput");
        assertTrue(chart.hasData());
        assertEquals(1, count(svg, "<polyline"), svg);
        assertEquals(1, count(svg, "<circle"), svg);
        assertTrue(svg.contains(">4</text>"), "the top of the axis is the largest value: " + svg);
        assertFalse(svg.contains("style="), "presentation attributes only");
        assertTrue(svg.contains("<text x=\"64\" y=\"174\" text-anchor=\"start\" font-size=\"11\" fill=\"currentColor\">00:00:00</text>"), svg);
    }

    @Test
    void noValuesIsNoData() {
        assertFalse(new SvgChart(List.of(0L), 5_000).line("cdn", Map.of()).line("p2p", Map.of()).hasData());
    }

    @Test
    void namesAreEscapedAndShortenedAndEightLinesHaveALegend() {
        SvgChart chart = new SvgChart(List.of(0L, 60_000L), 60_000);
        for (int i = 0; i < 8; i++) {
            chart.line(i == 0 ? "<b>\"Chrome\" & co" : "line" + i, Map.of(0L, 1.0 + i));
        }
        String svg = chart.svg("a <title>");
        assertTrue(svg.contains("><title>&lt;b&gt;&quot;Chrome&quot; &amp; co</title>&lt;b&gt;&quot;Chro…</text>"),
                "the name escaped, cut at 9 characters, whole in its title: " + svg);
        assertTrue(svg.contains("\">line1</text>"), "a short name as it is: " + svg);
        assertTrue(svg.contains("<title>a &lt;title&gt;</title>"), svg);
        assertFalse(svg.contains("<b>"), svg);
        assertEquals(8, count(svg, "<rect"), "a legend entry per line: " + svg);
        assertEquals(8, count(svg, "<circle"), svg);
    }

    @Test
    void theAxisTopIsRoundedToThreeDecimals() {
        assertEquals("1.235", SvgChart.axis(1.2345));
        assertEquals("1200", SvgChart.axis(1200.0));
    }
}
