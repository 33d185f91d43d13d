package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polymetric.counters.domain.TimeRange;

/** The time axis' tick labels: UTC, and as much of a date as the range needs. */
class TickFormatTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "PT1M, HH:mm:ss", "PT10M, HH:mm:ss",
        "PT10M1S, HH:mm", "PT1H, HH:mm", "PT24H, HH:mm",
        "PT24H1S, MM-dd HH:mm", "P2D, MM-dd HH:mm", "P3D, MM-dd HH:mm",
        "P3DT1S, yyyy-MM-dd", "P7D, yyyy-MM-dd", "P365D, yyyy-MM-dd", "P9000D, yyyy-MM-dd"})
    void theLabelsFitTheRangesLength(Duration length, String pattern) {
        assertEquals(pattern, TickFormat.forLength(length).pattern());
    }

    /** The ticks the axis chooses for the range on a plot this wide, in a JVM whose zone is far from UTC. */
    static List<DateTick> ticks(TimeRange range, int width) {
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
        try {
            DateAxis axis = TimeAxis.of(range);
            BufferedImage image = new BufferedImage(width, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                @SuppressWarnings("unchecked")
                List<DateTick> ticks = axis.refreshTicks(g, new AxisState(), new Rectangle2D.Double(0, 0, width, 20),
                        RectangleEdge.BOTTOM);
                return ticks;
            } finally {
                g.dispose();
            }
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2017-06-29T14:30:00Z, 2017-06-29T14:37:12Z",
        "2017-06-29T14:30:00Z, 2017-06-29T14:40:00Z",
        "2017-06-28T14:37:12Z, 2017-06-29T14:37:12Z",
        "2017-06-27T12:00:00Z, 2017-06-29T12:00:00Z",
        "2017-06-26T00:00:00Z, 2017-06-29T00:00:00Z",
        "2017-06-25T23:00:00Z, 2017-06-29T00:00:00Z",
        "2017-06-22T00:00:00Z, 2017-06-29T00:00:00Z",
        "2016-07-01T00:00:00Z, 2017-07-01T00:00:00Z"})
    void everyLabelIsItsTickInUtcAndNoTwoReadTheSame(Instant start, Instant end) {
        TimeRange range = new TimeRange(start, end);
        for (int width : new int[] {180, 700, 1500}) {
            List<DateTick> ticks = ticks(range, width);
            assertTrue(ticks.size() >= 2, ticks.size() + " ticks at " + width);
            DateTimeFormatter utc = DateTimeFormatter.ofPattern(TickFormat.forLength(range.length()).pattern(), Locale.ROOT)
                    .withZone(ZoneOffset.UTC);
            for (DateTick t : ticks) {
                assertEquals(utc.format(t.getDate().toInstant()), t.getText());
            }
            List<String> texts = ticks.stream().map(DateTick::getText).collect(Collectors.toList());
            assertEquals(texts.size(), new HashSet<>(texts).size(), "distinct labels " + texts);
        }
    }

    @Test
    void theDefaultDayHasATickAtMidnightUtc() {
        List<String> texts = ticks(SampleSeries.DAY, 700).stream().map(DateTick::getText).collect(Collectors.toList());
        assertTrue(texts.contains("00:00"), texts.toString());
    }

    @Test
    void aWeeksTicksAreWholeUtcDays() {
        TimeRange week = new TimeRange(Instant.parse("2017-06-22T00:00:00Z"), Instant.parse("2017-06-29T00:00:00Z"));
        for (DateTick t : ticks(week, 700)) {
            assertEquals(0, t.getDate().toInstant().getEpochSecond() % 86_400, t.getText());
        }
    }
}
