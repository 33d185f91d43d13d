package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.events.domain.Period;

/**
 * The tables behind the pages and their CSV downloads: one row per day of a period, families
 * ranked by sessions, events over time and by segment value, retention cohorts. Read from the
 * same rollups as the API, so a page and a Countly read never disagree.
 */
@ApplicationScoped
public class Reports {
    @Inject
    RollupReader rollups;

    /** A day of sessions: sessions, users (that day's uniques), new users, seconds spent. */
    public record Day(LocalDate date, long sessions, long users, long fresh, long seconds) {
        public double minutes() {
            return seconds / 60.0;
        }
    }

    /** A family value with its sessions, users and new users, and its share of the family's sessions (%). */
    public record Ranked(String value, long sessions, long users, long fresh, long share) {
    }

    /** An event's day: count, sum and duration. */
    public record EventDay(LocalDate date, long count, double sum, double duration) {
    }

    /** A segment value of an event over the period. */
    public record SegmentValue(String value, long count, double sum, double duration) {
    }

    /** A first-seen cohort and how many of it came back on day 0, 1, 2… */
    public record Cohort(LocalDate day, long users, List<Long> retained) {
        public double percent(int n) {
            return users == 0 || n >= retained.size() ? 0 : Math.round(retained.get(n) * 1000.0 / users) / 10.0;
        }
    }

    public List<Day> days(long gameId, Period period) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[4]);
        }
        for (SessionRow r : rollups.dailyTotals(gameId, period)) {
            long[] v = byDay.get(r.hour().toLocalDate());
            if (v != null) {
                v[0] += r.get(SessionRow.T);
                v[1] += r.get(SessionRow.UD);
                v[2] += r.get(SessionRow.N);
                v[3] += r.get(SessionRow.D);
            }
        }
        List<Day> out = new ArrayList<>();
        byDay.forEach((d, v) -> out.add(new Day(d, v[0], v[1], v[2], v[3])));
        return out;
    }

    /** A family's values over the period, most sessions first. */
    public List<Ranked> ranked(long gameId, String family, Period period, int limit) {
        Map<String, long[]> sums = new HashMap<>();
        for (SessionRow r : rollups.familyTotals(gameId, List.of(family), period)) {
            long[] v = sums.computeIfAbsent(r.val(), k -> new long[3]);
            v[0] += r.get(SessionRow.T);
            v[1] += r.get(SessionRow.UD);
            v[2] += r.get(SessionRow.N);
        }
        long total = sums.values().stream().mapToLong(v -> v[0]).sum();
        return sums.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : a.getKey().compareTo(b.getKey()))
                .limit(limit)
                .map(e -> new Ranked(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        total == 0 ? 0 : Math.round(e.getValue()[0] * 100.0 / total)))
                .toList();
    }

    public List<EventDay> eventDays(long gameId, String key, Period period) {
        Map<LocalDate, double[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            byDay.put(d, new double[3]);
        }
        for (EventRow r : rollups.events(gameId, List.of(key), "", period)) {
            double[] v = byDay.get(r.hour().toLocalDate());
            if (v != null) {
                v[0] += r.c();
                v[1] += r.s();
                v[2] += r.dur();
            }
        }
        List<EventDay> out = new ArrayList<>();
        byDay.forEach((d, v) -> out.add(new EventDay(d, (long) v[0], v[1], v[2])));
        return out;
    }

    public List<SegmentValue> segmentValues(long gameId, String key, String segment, Period period) {
        Map<String, double[]> sums = new HashMap<>();
        for (EventRow r : rollups.events(gameId, List.of(key), segment, period)) {
            double[] v = sums.computeIfAbsent(r.val(), k -> new double[3]);
            v[0] += r.c();
            v[1] += r.s();
            v[2] += r.dur();
        }
        return sums.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> new SegmentValue(e.getKey(), (long) e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** The game's event keys and each key's segments. */
    public Map<String, Map<String, List<String>>> catalog(long gameId) {
        return rollups.eventCatalog(gameId);
    }

    /** Cohorts first seen in the period, followed up to {@code maxDays} days or today. */
    public List<Cohort> cohorts(long gameId, Period period, LocalDate today, int maxDays) {
        List<Cohort> out = new ArrayList<>();
        rollups.retention(gameId, period).forEach((day, back) -> {
            long span = Math.min(maxDays, today.toEpochDay() - day.toEpochDay());
            List<Long> retained = new ArrayList<>();
            for (int n = 0; n <= span; n++) {
                retained.add(back.getOrDefault(n, 0L));
            }
            out.add(new Cohort(day, back.getOrDefault(0, 0L), retained));
        });
        return out;
    }
}
