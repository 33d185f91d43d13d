package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.polymetric.events.domain.Metric;
import org.polymetric.events.domain.Period;
import org.polymetric.events.domain.Subperiods;
import org.polymetric.events.ingest.Refusal;

/**
 * Countly's {@code /o/analytics/} reads besides the dashboard: {@code sessions} (a series of
 * t, n, u, d, e), {@code metric} (one family's values with t, n, u), {@code tops} (the three
 * biggest platforms, resolutions, carriers and countries), {@code loyalty}, {@code frequency}
 * and {@code durations} (the range buckets with their share) and {@code events} (an event's
 * series, or its values of one segment).
 */
@ApplicationScoped
public class Analytics {
    /** {@code metric=} names and the family each reads, as Countly's metricToCollection maps them. */
    static final Map<String, String> METRICS = metrics();
    /** The range families and the property Countly names each entry's bucket by. */
    private static final Map<String, String> RANGES = Map.of("loyalty", "l", "frequency", "f", "durations", "ds");
    private static final Map<String, String> TOPS = tops();
    /** Every path Countly's {@code /o/analytics/} answers (the dashboard and countries are {@link Dashboard}'s). */
    private static final Set<String> PATHS = Set.of("dashboard", "countries", "sessions", "metric",
            "tops", "loyalty", "frequency", "durations", "events");
    public static final String INVALID_PATH = "Invalid path, must be one of /dashboard or /countries";

    /** What these reads take besides {@code app_id}. */
    public record Query(String period, String action, String metric, String event, String events, String segmentation) {
    }

    @Inject
    RollupReader rollups;

    /** Whether {@code /o/analytics/<path>} is one of Countly's reads. */
    public static boolean knowsPath(String path) {
        return PATHS.contains(path);
    }

    /** @throws Refusal for a path Countly does not have, or a read missing what it needs */
    public Object read(ReadApp.Target app, String path, Query q) {
        Period period = Period.parse(q.period(), q.action(), app.zone(), app.today());
        if (RANGES.containsKey(path)) {
            return ranges(app.gameId(), RANGES.get(path), period);
        }
        return switch (path) {
            case "sessions" -> sessions(app, period);
            case "metric" -> metric(app.gameId(), q.metric(), period);
            case "tops" -> tops(app.gameId(), period);
            case "events" -> events(app, q, period);
            default -> throw new Refusal(400, INVALID_PATH);
        };
    }

    /** One entry per slot of the period, zeros included, each slot's uniques from its own level. */
    private List<Map<String, Object>> sessions(ReadApp.Target app, Period period) {
        Subperiods slots = Subperiods.of(period, LocalDateTime.now(app.zone()));
        int unique = switch (slots.level()) {
            case HOUR -> SessionRow.UH;
            case DAY -> SessionRow.UD;
            case MONTH -> SessionRow.UM;
        };
        Map<String, long[]> sums = new HashMap<>();
        for (SessionRow r : rollups.sessions(app.gameId(), List.of(""), period)) {
            long[] v = sums.computeIfAbsent(slots.idOf(r.hour()), k -> new long[5]);
            v[0] += r.get(SessionRow.T);
            v[1] += r.get(SessionRow.N);
            v[2] += r.get(unique);
            v[3] += r.get(SessionRow.D);
            v[4] += r.get(SessionRow.E);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : slots.ids()) {
            long[] v = sums.getOrDefault(id, new long[5]);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("_id", id);
            entry.put("t", v[0]);
            entry.put("n", v[1]);
            entry.put("u", v[2]);
            entry.put("d", v[3]);
            entry.put("e", v[4]);
            out.add(entry);
        }
        return out;
    }

    /** Whether {@code metric} is one of Countly's metric names (others answer {@code []}). */
    static boolean knowsMetric(String metric) {
        return metric != null && METRICS.containsKey(metric);
    }

    /** A family's values, most users first; a name Countly does not know answers {@code []}. */
    private List<Map<String, Object>> metric(long gameId, String metric, Period period) {
        if (metric == null || metric.isEmpty()) {
            throw new Refusal(400, "Must provide metric");
        }
        String family = METRICS.get(metric);
        if (family == null) {
            return List.of();
        }
        Map<String, List<SessionRow>> byValue = rollups.familyDays(gameId, List.of(family), period).stream()
                .collect(Collectors.groupingBy(SessionRow::val, LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> out = new ArrayList<>();
        byValue.forEach((value, days) -> {
            long t = days.stream().mapToLong(r -> r.get(SessionRow.T)).sum();
            long n = days.stream().mapToLong(r -> r.get(SessionRow.N)).sum();
            // Countly's two corrections: never fewer users than new ones, never more than sessions
            long u = Math.min(t, Math.max(n, Dashboard.Uniques.estimate(days, period)));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("_id", value);
            entry.put("t", t);
            entry.put("n", n);
            entry.put("u", u);
            out.add(entry);
        });
        out.sort(Comparator.comparingLong((Map<String, Object> e) -> -(Long) e.get("u"))
                .thenComparingLong(e -> -(Long) e.get("t")));
        return out;
    }

    /** The three values with the most sessions in each family, with their count and share. */
    private Map<String, Object> tops(long gameId, Period period) {
        Map<String, Map<String, Long>> sessions = new HashMap<>();
        for (SessionRow r : rollups.familyTotals(gameId, TOPS.values(), period)) {
            sessions.computeIfAbsent(r.dim(), k -> new HashMap<>()).merge(r.val(), r.get(SessionRow.T), Long::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        TOPS.forEach((name, family) -> out.put(name, bars(sessions.getOrDefault(family, Map.of()))));
        return out;
    }

    /**
     * Countly's bar data ({@code extractBarData}): the values most first (equal ones by name),
     * as {@link #bars(List)} shares them.
     */
    static List<Map<String, Object>> bars(Map<String, Long> values) {
        return bars(values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByKey())
                .toList());
    }

    /**
     * Countly's bars ({@code extractBarData}, and {@code getBars} of a document without segments):
     * the values that are not zero, most first (a stable sort, so equal ones keep the given order),
     * each a share to one decimal of them all; when the shares add up to less than 100 the biggest
     * takes the difference, when to more the smallest gives it back ({@code fixPercentageDelta});
     * then the first three.
     */
    static List<Map<String, Object>> bars(List<Map.Entry<String, Long>> values) {
        List<Map.Entry<String, Long>> sorted = values.stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList();
        long total = sorted.stream().mapToLong(Map.Entry::getValue).sum();
        if (total == 0) {
            return List.of();
        }
        List<Double> shares = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, Long> e : sorted) {
            double share = Math.round(e.getValue() * 1000.0 / total) / 10.0;
            shares.add(share);
            sum += share;
        }
        // compared in tenths, as the shares are, so float noise does not pick the wrong end
        long tenths = Math.round(sum * 10);
        int fix = tenths > 1000 ? shares.size() - 1 : 0;
        shares.set(fix, Math.round((shares.get(fix) + 100 - sum) * 10) / 10.0);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, sorted.size()); i++) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("name", sorted.get(i).getKey());
            bar.put("value", sorted.get(i).getValue());
            bar.put("percent", TimeTree.number(shares.get(i)));
            out.add(bar);
        }
        return out;
    }

    /** A range family's buckets that saw sessions, most first, each with its share as Countly's one-decimal text. */
    private List<Map<String, Object>> ranges(long gameId, String family, Period period) {
        Map<Integer, Long> buckets = new HashMap<>();
        for (SessionRow r : rollups.familyTotals(gameId, List.of(family), period)) {
            buckets.merge(Integer.parseInt(r.val()), r.get(SessionRow.T), Long::sum);
        }
        long total = buckets.values().stream().mapToLong(Long::longValue).sum();
        List<Map<String, Object>> out = new ArrayList<>();
        buckets.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put(family, String.valueOf(e.getKey()));
                    entry.put("t", e.getValue());
                    entry.put("percent", String.format(java.util.Locale.ROOT, "%.1f", e.getValue() * 100.0 / total));
                    out.add(entry);
                });
        return out;
    }

    /** {@code event=}: that event; {@code events=[..]}: each of them, by key. */
    private Object events(ReadApp.Target app, Query q, Period period) {
        String segment = q.segmentation() == null || q.segmentation().isEmpty() || "no-segment".equals(q.segmentation())
                ? null : q.segmentation();
        if (q.event() != null && !q.event().isEmpty()) {
            return event(app, q.event(), segment, period);
        }
        if (q.events() != null && !q.events().isEmpty()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : eventKeys(q.events())) {
                out.put(key, event(app, key, segment, period));
            }
            return out;
        }
        return Map.of("all", allEvents(app, period));
    }

    /**
     * Neither {@code event} nor {@code events}: the period's totals of every event, one entry
     * each ({@code _id} the key), most counted first. Countly's own {@code [CLY]} events are left
     * out, as {@code get_events} leaves them out of the list this reads.
     */
    private List<Map<String, Object>> allEvents(ReadApp.Target app, Period period) {
        List<String> keys = EventTrees.customKeys(rollups.eventCatalog(app.gameId()));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> out = sumsToEntries(rollups.events(app.gameId(), keys, "", period), EventRow::key, null);
        out.sort(Comparator.comparingDouble(e -> -((Number) e.get("c")).doubleValue()));
        return out;
    }

    /** Countly takes a JSON array of keys, or one key as a JSON string. */
    private static List<String> eventKeys(String events) {
        JsonValue parsed;
        try {
            parsed = org.polymetric.kernel.web.JsonBuilders.parse(events);
        } catch (RuntimeException e) {
            throw new Refusal(400, "Must provide valid array with event keys as events param.");
        }
        if (parsed instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (parsed.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Refusal(400, "Must provide valid array with event keys as events param.");
        }
        return parsed.asJsonArray().stream().filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).getString()).distinct().toList();
    }

    /** An event's series (c, s, dur per slot), or with a segment its values over the period, most counted first. */
    private List<Map<String, Object>> event(ReadApp.Target app, String key, String segment, Period period) {
        if (segment == null) {
            Subperiods slots = Subperiods.of(period, LocalDateTime.now(app.zone()));
            return sumsToEntries(rollups.events(app.gameId(), List.of(key), "", period), r -> slots.idOf(r.hour()),
                    slots.ids());
        }
        List<Map<String, Object>> out = sumsToEntries(rollups.events(app.gameId(), List.of(key), segment, period),
                EventRow::val, null);
        out.sort(Comparator.comparingDouble(e -> -((Number) e.get("c")).doubleValue()));
        return out;
    }

    /** c, s and dur summed by the id each row maps to; {@code ids} (when given) lists every entry, zeros included. */
    private static List<Map<String, Object>> sumsToEntries(List<EventRow> rows, Function<EventRow, String> idOf,
                                                           List<String> ids) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        if (ids != null) {
            ids.forEach(id -> sums.put(id, new double[3]));
        }
        for (EventRow r : rows) {
            double[] v = ids == null ? sums.computeIfAbsent(idOf.apply(r), k -> new double[3]) : sums.get(idOf.apply(r));
            if (v != null) {
                v[0] += r.c();
                v[1] += r.s();
                v[2] += r.dur();
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        sums.forEach((id, v) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("_id", id);
            entry.put("c", TimeTree.number(v[0]));
            entry.put("s", TimeTree.number(v[1]));
            entry.put("dur", TimeTree.number(v[2]));
            out.add(entry);
        });
        return out;
    }

    private static Map<String, String> metrics() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("locations", "countries");
        m.put("countries", "countries");
        m.put("cities", "cities");
        m.put("platforms", Metric.OS.family());
        m.put("platform_version", Metric.OS_VERSION.family());
        for (Metric metric : Metric.values()) {
            m.put(metric.family(), metric.family());
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> tops() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("platforms", Metric.OS.family());
        t.put("resolutions", Metric.RESOLUTION.family());
        t.put("carriers", Metric.CARRIER.family());
        t.put("countries", "countries");
        return t;
    }
}
