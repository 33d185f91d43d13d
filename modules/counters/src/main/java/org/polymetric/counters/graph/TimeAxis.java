package org.polymetric.counters.graph;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.polymetric.counters.domain.TimeRange;

/**
 * The time axis of a chart: exactly the query's range (no margins, so the edges are its
 * {@code start} and {@code end}), ticks in UTC whatever the server's zone, and a label that names
 * the range, in UTC, to the precision it was asked in.
 */
final class TimeAxis {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TimeAxis() {
    }

    /** A new axis over the range, labelled with {@link #label(TimeRange)}. */
    static DateAxis of(TimeRange range) {
        DateAxis axis = new DateAxis(label(range), TickFormat.UTC, Locale.ROOT);
        // after the zone: the constructor's standard units are the JVM-zone formats
        TickUnitSource units = TickFormat.forLength(range.length()).units();
        axis.setStandardTickUnits(units);
        // the axis guesses its spacing from the current unit's label width; its default unit has
        // the JVM locale's long date-time format, and that guess overshoots on narrow charts
        axis.setTickUnit((DateTickUnit) units.getCeilingTickUnit(0), false, false);
        axis.setRange(Date.from(range.start()), Date.from(range.end()));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /**
     * The range as the axis names it: "2017-06-01 – 2017-07-01 UTC" for whole days, else to the
     * minute, or to the second when either end has seconds (the default end, "now", has).
     */
    static String label(TimeRange range) {
        DateTimeFormatter f = atMidnight(range.start()) && atMidnight(range.end()) ? DATE
                : wholeMinute(range.start()) && wholeMinute(range.end()) ? MINUTES
                : SECONDS;
        return f.format(range.start()) + " – " + f.format(range.end()) + " UTC";
    }

    private static boolean wholeMinute(Instant t) {
        return Math.floorMod(t.getEpochSecond(), 60) == 0 && t.getNano() == 0;
    }

    private static boolean atMidnight(Instant t) {
        return LocalTime.ofInstant(t, ZoneOffset.UTC).equals(LocalTime.MIDNIGHT);
    }
}
