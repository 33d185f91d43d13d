package org.polymetric.counters.graph;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * How the time axis labels its ticks, chosen by the length of the range: only as much of a date
 * as tells the ticks apart (the axis label carries the full range, year included), and only tick
 * spacings that the labels can tell apart, so a day's ticks never read the same date twice. Each
 * list runs to a spacing that leaves a narrow chart (200 px) at least two ticks of its longest range.
 * Every label is UTC, the zone of the API's {@code start} and {@code end}.
 */
enum TickFormat {
    /** Up to 10 minutes: the ticks are seconds apart. */
    SECONDS("HH:mm:ss", Duration.ofMinutes(10),
            unit(DateTickUnitType.SECOND, 1), unit(DateTickUnitType.SECOND, 2), unit(DateTickUnitType.SECOND, 5),
            unit(DateTickUnitType.SECOND, 10), unit(DateTickUnitType.SECOND, 15), unit(DateTickUnitType.SECOND, 30),
            unit(DateTickUnitType.MINUTE, 1), unit(DateTickUnitType.MINUTE, 2), unit(DateTickUnitType.MINUTE, 5),
            unit(DateTickUnitType.MINUTE, 10)),
    /** Up to a day (the default range): times of day. */
    TIMES("HH:mm", Duration.ofDays(1),
            unit(DateTickUnitType.MINUTE, 1), unit(DateTickUnitType.MINUTE, 2), unit(DateTickUnitType.MINUTE, 5),
            unit(DateTickUnitType.MINUTE, 10), unit(DateTickUnitType.MINUTE, 15), unit(DateTickUnitType.MINUTE, 30),
            unit(DateTickUnitType.HOUR, 1), unit(DateTickUnitType.HOUR, 2), unit(DateTickUnitType.HOUR, 3),
            unit(DateTickUnitType.HOUR, 6), unit(DateTickUnitType.HOUR, 12)),
    /** Up to 3 days: a time of day needs its day. */
    DAYS_AND_TIMES("MM-dd HH:mm", Duration.ofDays(3),
            unit(DateTickUnitType.HOUR, 1), unit(DateTickUnitType.HOUR, 2), unit(DateTickUnitType.HOUR, 3),
            unit(DateTickUnitType.HOUR, 6), unit(DateTickUnitType.HOUR, 12), unit(DateTickUnitType.DAY, 1),
            unit(DateTickUnitType.DAY, 2)),
    /** Longer: dates, ticks at least a day apart. */
    DATES("yyyy-MM-dd", null,
            unit(DateTickUnitType.DAY, 1), unit(DateTickUnitType.DAY, 2), unit(DateTickUnitType.DAY, 3),
            unit(DateTickUnitType.DAY, 7),
            unit(DateTickUnitType.DAY, 14), unit(DateTickUnitType.MONTH, 1), unit(DateTickUnitType.MONTH, 2),
            unit(DateTickUnitType.MONTH, 3), unit(DateTickUnitType.MONTH, 6), unit(DateTickUnitType.YEAR, 1),
            unit(DateTickUnitType.YEAR, 2), unit(DateTickUnitType.YEAR, 5), unit(DateTickUnitType.YEAR, 10),
            unit(DateTickUnitType.YEAR, 25), unit(DateTickUnitType.YEAR, 50), unit(DateTickUnitType.YEAR, 100));

    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final String pattern;
    private final Duration longest;
    private final Unit[] units;

    TickFormat(String pattern, Duration longest, Unit... units) {
        this.pattern = pattern;
        this.longest = longest;
        this.units = units;
    }

    /** The format for a range of this length. */
    static TickFormat forLength(Duration length) {
        for (TickFormat f : values()) {
            if (f.longest == null || length.compareTo(f.longest) <= 0) {
                return f;
            }
        }
        throw new AssertionError("the last format takes any length");
    }

    /** The {@link SimpleDateFormat} pattern of the tick labels. */
    String pattern() {
        return pattern;
    }

    /**
     * The tick spacings the axis may choose from, each labelled in UTC. New formatters every time:
     * {@link SimpleDateFormat} is not thread-safe, and charts are drawn on many request threads.
     */
    TickUnitSource units() {
        TickUnits all = new TickUnits();
        for (Unit u : units) {
            SimpleDateFormat labels = new SimpleDateFormat(pattern, Locale.ROOT);
            labels.setTimeZone(UTC);
            all.add(new DateTickUnit(u.type(), u.multiple(), labels));
        }
        return all;
    }

    private static Unit unit(DateTickUnitType type, int multiple) {
        return new Unit(type, multiple);
    }

    private record Unit(DateTickUnitType type, int multiple) {
    }
}
