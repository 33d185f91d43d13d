package org.polymetric.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * An instant as Countly buckets it: the local hour in the game's time zone, and the day, ISO
 * week, month and year that hour lies in.
 */
public record Moment(LocalDateTime hour) {

    public static Moment of(long epochSeconds, ZoneId zone) {
        return new Moment(LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), zone).truncatedTo(ChronoUnit.HOURS));
    }

    public LocalDate day() {
        return hour.toLocalDate();
    }

    /** ISO week-based year × 100 + ISO week, e.g. 202601 for the first week of 2026. */
    public int week() {
        LocalDate d = day();
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /**
     * Which unique counters a device seen at {@code this} adds to, when it was last counted at
     * {@code previous} (null: never). Levels are hour, day, week, month, year; a device counts
     * once per bucket, and an older or same-bucket visit counts nowhere.
     */
    public boolean[] newUniques(Moment previous) {
        if (previous == null) {
            return new boolean[]{true, true, true, true, true};
        }
        if (!hour.isAfter(previous.hour)) {
            return new boolean[5];
        }
        LocalDate d = day();
        LocalDate p = previous.day();
        return new boolean[]{
            true,
            !d.equals(p),
            week() != previous.week(),
            d.getYear() != p.getYear() || d.getMonthValue() != p.getMonthValue(),
            d.getYear() != p.getYear()
        };
    }
}
