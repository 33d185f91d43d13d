package org.polymetric.events.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Countly's time object: year → month → day → hour, each level holding the sums of what lies
 * beneath it, keyed by plain numbers ({@code "2026"}, {@code "12"}, {@code "2"}, {@code "13"}).
 * Zero counters are left out, as Countly never stores them.
 */
public final class TimeTree {
    public static final int YEAR = 0;
    public static final int MONTH = 1;
    public static final int DAY = 2;
    public static final int HOUR = 3;

    private final Map<String, Object> root = new LinkedHashMap<>();

    /** The four nodes an hour adds to, from the year down to the hour itself. */
    public Map<String, Object>[] levels(LocalDateTime hour) {
        Map<String, Object>[] day = days(hour.toLocalDate());
        @SuppressWarnings("unchecked")
        Map<String, Object>[] nodes = new Map[]{day[YEAR], day[MONTH], day[DAY], child(day[DAY], Integer.toString(hour.getHour()))};
        return nodes;
    }

    /** The three nodes a day adds to (segments are kept down to days only). */
    public Map<String, Object>[] days(java.time.LocalDate day) {
        Map<String, Object> y = child(root, Integer.toString(day.getYear()));
        Map<String, Object> m = child(y, Integer.toString(day.getMonthValue()));
        Map<String, Object> d = child(m, Integer.toString(day.getDayOfMonth()));
        @SuppressWarnings("unchecked")
        Map<String, Object>[] nodes = new Map[]{y, m, d};
        return nodes;
    }

    public Map<String, Object> root() {
        return root;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> child(Map<String, Object> node, String key) {
        return (Map<String, Object>) node.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    public static void add(Map<String, Object> node, String field, long value) {
        if (value != 0) {
            node.merge(field, value, (a, b) -> ((Long) a) + ((Long) b));
        }
    }

    public static void add(Map<String, Object> node, String field, double value) {
        if (value != 0) {
            node.merge(field, number(value), (a, b) -> number(((Number) a).doubleValue() + ((Number) b).doubleValue()));
        }
    }

    /** A JSON number as JavaScript would print it: no {@code .0} on whole values, no float noise. */
    public static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros();
    }
}
