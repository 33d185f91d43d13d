package org.polymetric.counters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.service.CounterReads;

/** A chart's JSON data block: shared UTC labels, a line per series with gaps, the limit. */
class LineChartTest {
    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    private static final TimeRange HOUR = new TimeRange(START, START.plusSeconds(3600));

    private static CounterReads.Xport xport(long first, Number... values) {
        List<Long> times = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            times.add(first + i * 300L);
        }
        return new CounterReads.Xport(times, Arrays.asList(values));
    }

    @Test
    void seriesShareTheLabelsAndAnEmptySeriesIsAllGaps() {
        long t = START.getEpochSecond();
        String json = new LineChart(HOUR).line("eu", xport(t, 100, null, new BigDecimal("2.5")))
                .line("us", xport(t))
                .json();
        assertEquals("{\"labels\":[\"10:00\",\"10:05\",\"10:10\"],\"series\":[{\"label\":\"eu\",\"data\":[100,null,2.5]},"
                + "{\"label\":\"us\",\"data\":[null,null,null]}]}", json);
    }

    @Test
    void theLimitIsAValueTheScriptDrawsAsALine() {
        String json = new LineChart(HOUR).line("CCU", xport(START.getEpochSecond(), 400)).limit(1000).json();
        assertTrue(json.endsWith(",\"limit\":1000}"), json);
    }

    @Test
    void aChartHasDataWhenALineHasAValue() {
        long t = START.getEpochSecond();
        assertFalse(new LineChart(HOUR).line("eu", xport(t)).line("us", xport(t, null, null)).hasData());
        assertTrue(new LineChart(HOUR).line("eu", xport(t, null, 0)).hasData(), "a zero is a value");
    }

    @Test
    void labelsAreAsPreciseAsTheRangeNeedsInUtc() {
        Instant t = Instant.parse("2024-05-01T22:30:00Z");
        assertEquals("22:30", LineChart.labels(Duration.ofHours(24)).format(t));
        assertEquals("05-01 22:30", LineChart.labels(Duration.ofDays(7)).format(t));
        assertEquals("2024-05-01", LineChart.labels(Duration.ofDays(30)).format(t));
    }

    @Test
    void theJsonCannotEndItsDataBlock() {
        String json = new LineChart(HOUR).line("</script>", xport(START.getEpochSecond(), 1)).json();
        assertFalse(json.contains("</"), json);
    }
}
