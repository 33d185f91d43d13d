package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.events.domain.Period;
import org.polymetric.events.ingest.EventCatalog;

/**
 * Countly's custom event reads: time trees of {@code c}, {@code s} and {@code dur} per event,
 * whole or split by one segment, and the catalog of keys and segments ({@code get_events}).
 */
@ApplicationScoped
public class EventTrees {
    /** Countly's prefix of its own events ({@code [CLY]_view}…), which its event lists leave out. */
    static final String INTERNAL = "[CLY]";

    @Inject
    RollupReader rollups;

    /**
     * {@code method=events}: the events named (or, with none, the first key that is not one of
     * Countly's own {@code [CLY]} events), each as a tree;
     * one event answers its tree itself, several answer {@code {key: tree}}.
     *
     * @param segment a segment to split by, or null for the events' totals
     */
    public Map<String, Object> events(long gameId, List<String> keys, boolean several, String segment, Period period) {
        Map<String, Map<String, List<String>>> catalog = rollups.eventCatalog(gameId);
        List<String> wanted = new ArrayList<>(keys);
        if (wanted.isEmpty()) {
            List<String> own = customKeys(catalog);
            if (own.isEmpty()) {
                return new LinkedHashMap<>();
            }
            wanted.add(own.get(0));
        }
        String seg = segment == null ? "" : segment;
        Map<String, TimeTree> trees = new LinkedHashMap<>();
        wanted.forEach(k -> trees.put(k, new TimeTree()));
        // a split by segment goes down to days, as Countly keeps segments; totals down to hours
        List<EventRow> rows = seg.isEmpty() ? rollups.events(gameId, wanted, seg, period)
                : rollups.eventDays(gameId, wanted, seg, period);
        for (EventRow row : rows) {
            Map<String, Object>[] levels = seg.isEmpty() ? trees.get(row.key()).levels(row.hour())
                    : trees.get(row.key()).days(row.hour().toLocalDate());
            for (Map<String, Object> level : levels) {
                Map<String, Object> node = seg.isEmpty() ? level : TimeTree.child(level, row.val());
                TimeTree.add(node, "c", row.c());
                TimeTree.add(node, "s", row.s());
                TimeTree.add(node, "dur", row.dur());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : wanted) {
            Map<String, Object> tree = trees.get(key).root();
            Map<String, List<String>> segments = catalog.getOrDefault(key, Map.of());
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("segments", List.copyOf(segments.keySet()));
            segments.forEach(meta::put);
            tree.put("meta", meta);
            out.put(key, tree);
        }
        return several ? out : (Map<String, Object>) out.get(wanted.get(0));
    }

    /**
     * {@code method=get_events}: keys, the segments of the keys that have any and Countly's
     * limits, leaving out Countly's own {@code [CLY]} events as its {@code fetchCollection} does;
     * an app that never saw an event has no events document in Countly, so it answers the limits
     * alone.
     */
    public Map<String, Object> catalog(long gameId) {
        Map<String, Map<String, List<String>>> catalog = rollups.eventCatalog(gameId);
        Map<String, Object> out = new LinkedHashMap<>();
        if (!catalog.isEmpty()) {
            List<String> own = customKeys(catalog);
            Map<String, Object> segments = new LinkedHashMap<>();
            own.forEach(k -> {
                if (!catalog.get(k).isEmpty()) {
                    segments.put(k, List.copyOf(catalog.get(k).keySet()));
                }
            });
            out.put("list", own);
            out.put("segments", segments);
            out.put("map", Map.of());
            out.put("order", own);
        }
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("event_limit", EventCatalog.KEY_LIMIT);
        limits.put("event_segmentation_limit", EventCatalog.SEGMENT_LIMIT);
        limits.put("event_segmentation_value_limit", EventCatalog.VALUE_LIMIT);
        out.put("limits", limits);
        return out;
    }

    /** The catalog's keys in first-recorded order, Countly's own {@code [CLY]} events left out. */
    static List<String> customKeys(Map<String, Map<String, List<String>>> catalog) {
        return catalog.keySet().stream().filter(k -> !k.startsWith(INTERNAL)).toList();
    }

    /** {@code method=top_events}: the period's events by count, most first. */
    public List<Map<String, Object>> top(long gameId, Period period, int limit) {
        Map<String, Map<String, List<String>>> catalog = rollups.eventCatalog(gameId);
        if (catalog.isEmpty()) {
            return List.of();
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (EventRow row : rollups.events(gameId, catalog.keySet(), "", period)) {
            double[] s = sums.computeIfAbsent(row.key(), k -> new double[3]);
            s[0] += row.c();
            s[1] += row.s();
            s[2] += row.dur();
        }
        return sums.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .limit(limit)
                .map(e -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("name", e.getKey());
                    item.put("count", TimeTree.number(e.getValue()[0]));
                    item.put("sum", TimeTree.number(e.getValue()[1]));
                    item.put("duration", TimeTree.number(e.getValue()[2]));
                    return item;
                }).toList();
    }
}
