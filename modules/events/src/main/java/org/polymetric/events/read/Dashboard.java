package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.events.domain.Period;

/**
 * Countly's ready-made reads, {@code /o/analytics/dashboard} and {@code /o/analytics/countries}:
 * the last 30 days, the last 7 days and today, each against the equal period before it.
 */
@ApplicationScoped
public class Dashboard {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** The families the dashboard ranks, by the name its {@code top} block gives them. */
    private static final Map<String, String> TOPS = Map.of("platforms", "os", "resolutions", "resolutions",
            "carriers", "carriers");

    @Inject
    RollupReader rollups;

    /** The three periods Countly's v2 reads answer for. */
    static Map<String, Period> periods(LocalDate today) {
        Map<String, Period> out = new LinkedHashMap<>();
        out.put("30days", new Period(today.minusDays(29), today, "30days"));
        out.put("7days", new Period(today.minusDays(6), today, "7days"));
        out.put("today", new Period(today, today, "hour"));
        return out;
    }

    /**
     * All three blocks from four reads: daily totals of the last 60 days, today's hours, daily
     * family values of the last 30 days, and the devices last seen in each period (Countly's
     * total-users count, which replaces the estimate whenever it finds anyone).
     */
    public Map<String, Object> dashboard(long gameId, ZoneId zone, LocalDate today) {
        Map<String, Period> periods = periods(today);
        Period longest = periods.get("30days");
        List<SessionRow> days = rollups.dailyTotals(gameId, new Period(longest.previous().from(), today, "span"));
        List<SessionRow> hours = rollups.sessions(gameId, List.of(""), periods.get("today"));
        List<SessionRow> families = rollups.familyDays(gameId, List.of("os", "resolutions", "carriers"), longest);
        Map<String, Object> out = new LinkedHashMap<>();
        periods.forEach((name, period) -> {
            long seen = rollups.devicesSeen(gameId, period.from().atStartOfDay(zone).toEpochSecond(),
                    period.to().plusDays(1).atStartOfDay(zone).toEpochSecond());
            out.put(name, block(days, period.from().equals(period.to()) ? hours : days, families, period, seen));
        });
        return out;
    }

    /** One period's figures with their change and trend, as the {@code dashboard} block has them. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> figures(long gameId, Period period) {
        List<SessionRow> days = rollups.dailyTotals(gameId, new Period(period.previous().from(), period.to(), "span"));
        return (Map<String, Map<String, Object>>) block(days, days, List.of(), period, 0).get("dashboard");
    }

    /**
     * A period's block from daily totals covering it and the period before, the rows its
     * {@code top.users} bars are cut from (days, or hours for a single day), daily family values
     * covering it, and the devices last seen in it (0: not counted).
     */
    private static Map<String, Object> block(List<SessionRow> days, List<SessionRow> slots, List<SessionRow> familyDays,
                                             Period now, long seen) {
        Period before = now.previous();
        List<SessionRow> families = familyDays.stream().filter(r -> within(r, now)).toList();
        Figures current = Figures.of(days, now);
        // the previous period's users stay the estimate: Countly's total-users query counts only the current period
        Figures previous = Figures.of(days, before);
        // Countly's corrections of its users figure: the count of devices seen replaces the
        // estimate (and then bounds new users), else new users bound it from below; never above sessions
        long users = current.users;
        long fresh = current.fresh;
        boolean estimate = !now.from().equals(now.to());
        if (seen > 0) {
            users = seen;
            estimate = false;
            fresh = Math.min(fresh, users);
        } else {
            users = Math.max(users, fresh);
        }
        users = Math.min(users, current.sessions);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("total_sessions", Change.of(current.sessions, current.sessions, previous.sessions));
        Map<String, Object> totalUsers = Change.of(users, users, previous.users);
        totalUsers.put("is_estimate", estimate);
        figures.put("total_users", totalUsers);
        figures.put("new_users", Change.of(fresh, fresh, previous.fresh));
        figures.put("total_time", Change.of(Change.time(current.minutes()), current.minutes(), previous.minutes()));
        figures.put("avg_time", Change.of(Change.time(current.averageMinutes()), current.averageMinutes(),
                previous.averageMinutes()));
        double requests = Figures.perUser(current.requests, users);
        double requestsBefore = Figures.perUser(previous.requests, previous.users);
        figures.put("avg_requests", Change.of(Change.fixed(requests), requests, requestsBefore));
        Map<String, Object> top = new LinkedHashMap<>();
        for (String name : List.of("platforms", "resolutions", "carriers")) {
            top.put(name, topThree(families, TOPS.get(name)));
        }
        top.put("users", busiest(slots, now));
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("dashboard", figures);
        block.put("top", top);
        block.put("period", label(now));
        return block;
    }

    /** Top ten countries of each period by new users: name, code, sessions, users, new users. */
    public Map<String, Object> countries(long gameId, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Period> p : periods(today).entrySet()) {
            Map<String, long[]> byCountry = new HashMap<>();
            for (SessionRow row : rollups.familyTotals(gameId, List.of("countries"), p.getValue())) {
                long[] sums = byCountry.computeIfAbsent(row.val(), k -> new long[3]);
                sums[0] += row.get(SessionRow.T);
                sums[1] += row.get(SessionRow.UD);
                sums[2] += row.get(SessionRow.N);
            }
            List<Map<String, Object>> list = byCountry.entrySet().stream()
                    .sorted((a, b) -> a.getValue()[2] != b.getValue()[2] ? Long.compare(b.getValue()[2], a.getValue()[2])
                            : Long.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(10)
                    .map(e -> {
                        Map<String, Object> c = new LinkedHashMap<>();
                        c.put("country", countryName(e.getKey()));
                        c.put("code", e.getKey().toLowerCase(Locale.ROOT));
                        c.put("t", e.getValue()[0]);
                        c.put("u", e.getValue()[1]);
                        c.put("n", e.getValue()[2]);
                        return c;
                    }).toList();
            out.put(p.getKey(), list);
        }
        return out;
    }

    public static String countryName(String code) {
        if (code.length() != 2) {
            return code;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    public static String label(Period p) {
        return p.from().equals(p.to()) ? LABEL.format(p.from()) : LABEL.format(p.from()) + " - " + LABEL.format(p.to());
    }

    /** A family's three values with the most sessions, as Countly's bars (name, value, one-decimal percent). */
    private static List<Map<String, Object>> topThree(List<SessionRow> rows, String family) {
        Map<String, Long> sessions = new HashMap<>();
        rows.stream().filter(r -> r.dim().equals(family))
                .forEach(r -> sessions.merge(r.val(), r.get(SessionRow.T), Long::sum));
        return Analytics.bars(sessions);
    }

    /**
     * Countly's {@code top.users} bars: {@code getBars} of its users document, whose first metric
     * is {@code t}, so the period's days (hours, for a single day) ranked by sessions, named as its
     * chart labels them ({@code 2 Dec}, {@code 13:00}), shared over every slot of the period and
     * cut to three as the other bars are; equal slots keep the chart's order, earlier first.
     */
    private static List<Map<String, Object>> busiest(List<SessionRow> rows, Period p) {
        boolean byHour = p.from().equals(p.to());
        Map<LocalDateTime, Long> sessions = new TreeMap<>();
        rows.stream().filter(r -> r.dim().isEmpty() && within(r, p))
                .forEach(r -> sessions.merge(r.hour(), r.get(SessionRow.T), Long::sum));
        List<Map.Entry<String, Long>> slots = sessions.entrySet().stream()
                .map(e -> Map.entry(byHour ? String.format(Locale.ROOT, "%02d:00", e.getKey().getHour())
                        : LABEL.format(e.getKey()), e.getValue()))
                .toList();
        return Analytics.bars(slots);
    }

    static boolean within(SessionRow r, Period p) {
        LocalDate d = r.hour().toLocalDate();
        return !d.isBefore(p.from()) && !d.isAfter(p.to());
    }

    /** The totals of one period. Users: each day's, week's and month's uniques over whole buckets. */
    record Figures(long sessions, long users, long fresh, long seconds, long requests) {
        static Figures of(List<SessionRow> rows, Period p) {
            long t = 0;
            long n = 0;
            long d = 0;
            long e = 0;
            List<SessionRow> totals = new ArrayList<>();
            for (SessionRow r : rows) {
                if (r.dim().isEmpty() && within(r, p)) {
                    t += r.get(SessionRow.T);
                    n += r.get(SessionRow.N);
                    d += r.get(SessionRow.D);
                    e += r.get(SessionRow.E);
                    totals.add(r);
                }
            }
            return new Figures(t, Uniques.estimate(totals, p), n, d, e);
        }

        double minutes() {
            return seconds / 60.0;
        }

        double averageMinutes() {
            return sessions == 0 ? 0 : minutes() / sessions;
        }

        /** Countly's {@code avg_requests}: the requests ({@code e}) per user. */
        static double perUser(long requests, long users) {
            return users == 0 ? 0 : (double) requests / users;
        }
    }

    /**
     * Users over a range of days, as Countly estimates them: whole calendar months inside the
     * range by their monthly uniques, then whole ISO weeks by their weekly ones, then single days.
     * A device active in two of those buckets counts twice, as in Countly.
     */
    static final class Uniques {
        private Uniques() {
        }

        static long estimate(List<SessionRow> rows, Period p) {
            Map<LocalDate, long[]> byDay = new HashMap<>();
            for (SessionRow r : rows) {
                long[] v = byDay.computeIfAbsent(r.hour().toLocalDate(), k -> new long[3]);
                v[0] += r.get(SessionRow.UD);
                v[1] += r.get(SessionRow.UW);
                v[2] += r.get(SessionRow.UM);
            }
            long users = 0;
            LocalDate day = p.from();
            while (!day.isAfter(p.to())) {
                LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
                LocalDate weekEnd = day.plusDays(7 - day.getDayOfWeek().getValue());
                if (day.getDayOfMonth() == 1 && !monthEnd.isAfter(p.to())) {
                    users += sum(byDay, day, monthEnd, 2);
                    day = monthEnd.plusDays(1);
                } else if (day.getDayOfWeek().getValue() == 1 && !weekEnd.isAfter(p.to())
                        && weekEnd.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
                    users += sum(byDay, day, weekEnd, 1);
                    day = weekEnd.plusDays(1);
                } else {
                    users += sum(byDay, day, day, 0);
                    day = day.plusDays(1);
                }
            }
            return users;
        }

        private static long sum(Map<LocalDate, long[]> byDay, LocalDate from, LocalDate to, int column) {
            long s = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                long[] v = byDay.get(d);
                s += v == null ? 0 : v[column];
            }
            return s;
        }
    }
}
