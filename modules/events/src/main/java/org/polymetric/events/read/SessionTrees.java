package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.polymetric.events.domain.Period;

/**
 * Countly's session documents read back as time trees: the totals ({@code sessions},
 * {@code users}) and the segmented families ({@code locations}, {@code device_details},
 * {@code carriers}…). Uniques come from the level's own column: an hour's {@code u} is its
 * {@code uh}, a day's the sum of {@code ud}, a month's of {@code um}, a year's of {@code uy},
 * a week's ({@code w<N>} under its year) of {@code uw}.
 */
@ApplicationScoped
public class SessionTrees {
    /** Range families kept with the totals. */
    static final String COUNTRIES = "countries";
    static final List<String> RANGES = List.of("f", "l", "ds");
    /**
     * The {@code meta} name of the ranges Countly's users document lists, and of those its weeks
     * carry: frequency and duration. Countly no longer records loyalty ranges there (its tests
     * expect {@code countries}, {@code f-ranges} and, once a session ended, {@code d-ranges}).
     */
    static final Map<String, String> LISTED_RANGES = Map.of("f", "f-ranges", "ds", "d-ranges");
    private static final int[] UNIQUE_BY_LEVEL = {SessionRow.UY, SessionRow.UM, SessionRow.UD, SessionRow.UH};

    @Inject
    RollupReader rollups;

    /**
     * {@code method=sessions}, {@code users} and {@code locations}: Countly answers all three from
     * its one users document, so this is that document: t, n, u, d, e per level, weeks, the range
     * families and the countries by day.
     */
    public Map<String, Object> totals(long gameId, Period period) {
        TimeTree tree = new TimeTree();
        Map<String, TreeSet<Integer>> ranges = new TreeMap<>();
        List<String> dims = new ArrayList<>(List.of(""));
        dims.addAll(RANGES);
        for (SessionRow row : rollups.sessions(gameId, dims, period)) {
            Map<String, Object>[] levels = tree.levels(row.hour());
            if (row.dim().isEmpty()) {
                for (int level = TimeTree.YEAR; level <= TimeTree.HOUR; level++) {
                    Map<String, Object> node = levels[level];
                    TimeTree.add(node, "t", row.get(SessionRow.T));
                    TimeTree.add(node, "n", row.get(SessionRow.N));
                    TimeTree.add(node, "u", row.get(UNIQUE_BY_LEVEL[level]));
                    TimeTree.add(node, "d", row.get(SessionRow.D));
                    TimeTree.add(node, "e", row.get(SessionRow.E));
                }
                TimeTree.add(week(levels[TimeTree.YEAR], row), "u", row.get(SessionRow.UW));
            } else {
                for (int level = TimeTree.YEAR; level <= TimeTree.DAY; level++) {
                    TimeTree.add(TimeTree.child(levels[level], row.dim()), row.val(), row.get(SessionRow.T));
                }
                String listed = LISTED_RANGES.get(row.dim());
                if (listed != null && row.get(SessionRow.T) != 0) {
                    ranges.computeIfAbsent(listed, k -> new TreeSet<>()).add(Integer.parseInt(row.val()));
                    TimeTree.add(TimeTree.child(week(levels[TimeTree.YEAR], row), row.dim()), row.val(), row.get(SessionRow.T));
                }
            }
        }
        // Countly keeps locations in the same document: countries by day, with the ranges in meta
        TreeSet<String> countries = new TreeSet<>();
        addSegments(tree, rollups.familyDays(gameId, List.of(COUNTRIES), period), row -> countries.add(row.val()));
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!countries.isEmpty()) {
            meta.put(COUNTRIES, List.copyOf(countries));
        }
        for (String name : List.of("f-ranges", "d-ranges")) {
            if (ranges.containsKey(name)) {
                meta.put(name, ranges.get(name).stream().map(String::valueOf).toList());
            }
        }
        return withMeta(tree, meta);
    }

    /**
     * A segmented family (or several, as {@code device_details} has): each level down to the day
     * (Countly keeps no hours for segments) maps a value to its {@code t}, {@code n} and
     * {@code u}; {@code meta} lists each family's values.
     */
    public Map<String, Object> segmented(long gameId, List<String> families, Period period) {
        TimeTree tree = new TimeTree();
        Map<String, TreeSet<String>> values = new LinkedHashMap<>();
        families.forEach(f -> values.put(f, new TreeSet<>()));
        addSegments(tree, rollups.familyDays(gameId, families, period), row -> values.get(row.dim()).add(row.val()));
        // Countly's meta names only the metrics it has seen
        Map<String, Object> meta = new LinkedHashMap<>();
        values.forEach((f, v) -> {
            if (!v.isEmpty()) {
                meta.put(f, List.copyOf(v));
            }
        });
        return withMeta(tree, meta);
    }

    /**
     * Daily segment rows as value nodes ({@code t}, {@code n}, {@code u}) under the year, month and
     * day, and the value's weekly uniques under the year's {@code w<N>}, as Countly keeps them.
     */
    private static void addSegments(TimeTree tree, List<SessionRow> days, Consumer<SessionRow> seen) {
        for (SessionRow row : days) {
            seen.accept(row);
            Map<String, Object>[] levels = tree.days(row.hour().toLocalDate());
            for (int level = TimeTree.YEAR; level <= TimeTree.DAY; level++) {
                Map<String, Object> node = TimeTree.child(levels[level], row.val());
                TimeTree.add(node, "t", row.get(SessionRow.T));
                TimeTree.add(node, "n", row.get(SessionRow.N));
                TimeTree.add(node, "u", row.get(UNIQUE_BY_LEVEL[level]));
            }
            if (row.get(SessionRow.UW) != 0) {
                TimeTree.add(TimeTree.child(week(levels[TimeTree.YEAR], row), row.val()), "u", row.get(SessionRow.UW));
            }
        }
    }

    /** The {@code w<N>} node under a year for the ISO week a row's hour falls in. */
    private static Map<String, Object> week(Map<String, Object> year, SessionRow row) {
        return TimeTree.child(year, "w" + row.hour().toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** An app without data answers {@code {}}, as Countly does; otherwise the tree and its meta. */
    private static Map<String, Object> withMeta(TimeTree tree, Map<String, Object> meta) {
        Map<String, Object> out = tree.root();
        if (!out.isEmpty()) {
            out.put("meta", meta);
        }
        return out;
    }
}
