package org.polymetric.events.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The slots Countly lists a period in when it answers a series ({@code /o/analytics/sessions},
 * {@code /events}): today and yesterday by hour ({@code "2026-12-2 13:00"}; today only up to
 * the current hour), {@code month} (this year) by month ({@code "2026-12"}), every other period
 * by day ({@code "2026-12-2"}). Countly writes these ids without leading zeros.
 */
public final class Subperiods {
    public enum Level { HOUR, DAY, MONTH }

    private final Level level;
    private final List<String> ids;

    private Subperiods(Level level, List<String> ids) {
        this.level = level;
        this.ids = List.copyOf(ids);
    }

    /** @param now the present moment in the app's zone */
    public static Subperiods of(Period period, LocalDateTime now) {
        List<String> ids = new ArrayList<>();
        if ("hour".equals(period.name()) || "yesterday".equals(period.name())) {
            LocalDate day = period.from();
            int last = day.equals(now.toLocalDate()) ? now.getHour() : 23;
            for (int h = 0; h <= last; h++) {
                ids.add(hourId(day, h));
            }
            return new Subperiods(Level.HOUR, ids);
        }
        if ("month".equals(period.name())) {
            for (int m = 1; m <= period.to().getMonthValue(); m++) {
                ids.add(period.to().getYear() + "-" + m);
            }
            return new Subperiods(Level.MONTH, ids);
        }
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            ids.add(dayId(d));
        }
        return new Subperiods(Level.DAY, ids);
    }

    public Level level() {
        return level;
    }

    /** The slots in time order. */
    public List<String> ids() {
        return ids;
    }

    /** The slot an hour of data falls in (it may lie outside the listed slots). */
    public String idOf(LocalDateTime hour) {
        return switch (level) {
            case HOUR -> hourId(hour.toLocalDate(), hour.getHour());
            case MONTH -> hour.getYear() + "-" + hour.getMonthValue();
            case DAY -> dayId(hour.toLocalDate());
        };
    }

    private static String dayId(LocalDate d) {
        return d.getYear() + "-" + d.getMonthValue() + "-" + d.getDayOfMonth();
    }

    private static String hourId(LocalDate d, int hour) {
        return dayId(d) + " " + hour + ":00";
    }
}
