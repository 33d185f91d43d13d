package org.polymetric.export.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One export, checked: the range {@code from ≤ t < to} in epoch ms (both multiples of the
 * interval), the interval, the metrics in the order asked, the filters ({@code {dimension:
 * [values]}}: a row counts when its value of each filtered dimension is one of the listed) and at
 * most two dimensions to split by. {@link #of} is the one place that decides what is allowed, for
 * the API and the pages alike.
 */
public record ExportQuery(long fromMs, long toMs, Interval interval, List<Metric> metrics,
                          Map<Dimension, List<String>> filters, List<Dimension> dimensions) {
    public static final int MOST_DIMENSIONS = 2;
    public static final int MOST_FILTER_VALUES = 100;
    /** A filter value longer than any stored value (the kernel keeps pages of at most 2 048 characters) matches nothing. */
    public static final int LONGEST_FILTER_VALUE = 2_048;

    public ExportQuery {
        metrics = List.copyOf(metrics);
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        dimensions = List.copyOf(dimensions);
    }

    /** The number of intervals in the range. */
    public long intervals() {
        return (toMs - fromMs) / interval.ms();
    }

    /**
     * Checks an export as a client sent it (null: the field was absent), against the server's
     * clock {@code nowMs}; throws the first rule broken, fields in the order from, to, interval,
     * metrics, dimensions, filters, then the interval's limits.
     */
    public static ExportQuery of(Long from, Long to, String interval, List<String> metrics,
                                 Map<String, List<String>> filters, List<String> dimensions, long nowMs) {
        if (from == null) {
            throw new ExportRefusal("from", "from is required: the start of the range, in ms since the Unix epoch");
        }
        if (from < 0) {
            throw new ExportRefusal("from", "from must be a whole number of milliseconds since the Unix epoch, not negative");
        }
        if (to == null) {
            throw new ExportRefusal("to", "to is required: the end of the range (excluded), in ms since the Unix epoch");
        }
        if (to < 0) {
            throw new ExportRefusal("to", "to must be a whole number of milliseconds since the Unix epoch, not negative");
        }
        if (interval == null) {
            throw new ExportRefusal("interval", "interval is required: one of " + Interval.NAMES);
        }
        Interval i = Interval.byKey(interval).orElseThrow(() ->
                new ExportRefusal("interval", "interval must be one of " + Interval.NAMES));
        if (from % i.ms() != 0) {
            throw new ExportRefusal("from", "from must be rounded to the interval: a multiple of " + i.ms() + " ms for " + i.key());
        }
        if (to % i.ms() != 0) {
            throw new ExportRefusal("to", "to must be rounded to the interval: a multiple of " + i.ms() + " ms for " + i.key());
        }
        if (to <= from) {
            throw new ExportRefusal("to", "to must be after from");
        }
        long end = Math.floorDiv(nowMs, i.ms()) * i.ms() + i.ms();
        if (to > end) {
            throw new ExportRefusal("to", "to must not be after the end of the current " + i.key() + " interval (" + end + ")");
        }
        List<Metric> m = metrics(metrics);
        List<Dimension> d = dimensions(dimensions);
        Map<Dimension, List<String>> f = filters(filters);
        limits(i, from, to, nowMs);
        return new ExportQuery(from, to, i, m, f, d);
    }

    private static List<Metric> metrics(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new ExportRefusal("metrics", "metrics is required: a non-empty array of " + Metric.NAMES);
        }
        List<Metric> out = new ArrayList<>();
        for (String name : names) {
            Metric m = Metric.byKey(name).orElseThrow(() ->
                    new ExportRefusal("metrics", "unknown metric \"" + name + "\": the metrics are " + Metric.NAMES));
            if (out.contains(m)) {
                throw new ExportRefusal("metrics", "metric \"" + name + "\" is listed twice");
            }
            out.add(m);
        }
        return out;
    }

    private static List<Dimension> dimensions(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<Dimension> out = new ArrayList<>();
        for (String name : names) {
            Dimension d = Dimension.byKey(name).orElseThrow(() ->
                    new ExportRefusal("dimensions", "unknown dimension \"" + name + "\": the dimensions are " + Dimension.NAMES));
            if (out.contains(d)) {
                throw new ExportRefusal("dimensions", "dimension \"" + name + "\" is listed twice");
            }
            out.add(d);
        }
        if (out.size() > MOST_DIMENSIONS) {
            throw new ExportRefusal("dimensions", "at most " + MOST_DIMENSIONS + " dimensions at once");
        }
        return out;
    }

    private static Map<Dimension, List<String>> filters(Map<String, List<String>> given) {
        Map<Dimension, List<String>> out = new LinkedHashMap<>();
        if (given == null) {
            return out;
        }
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            String name = e.getKey();
            Dimension d = Dimension.byKey(name).orElseThrow(() ->
                    new ExportRefusal("filters", "unknown filter \"" + name + "\": the filters are " + Dimension.NAMES));
            List<String> values = e.getValue();
            if (values == null || values.isEmpty()) {
                throw new ExportRefusal("filters", "filter \"" + name + "\" must list at least one value");
            }
            if (values.size() > MOST_FILTER_VALUES) {
                throw new ExportRefusal("filters", "filter \"" + name + "\" lists at most " + MOST_FILTER_VALUES + " values");
            }
            for (String v : values) {
                if (v == null) {
                    throw new ExportRefusal("filters", "the values of filter \"" + name + "\" must be strings");
                }
                if (v.length() > LONGEST_FILTER_VALUE) {
                    throw new ExportRefusal("filters", "a value of filter \"" + name + "\" is at most " + LONGEST_FILTER_VALUE + " characters");
                }
            }
            out.put(d, List.copyOf(new LinkedHashSet<>(values)));
        }
        return out;
    }

    private static void limits(Interval i, long from, long to, long nowMs) {
        if (i.longestRangeMs() > 0 && to - from > i.longestRangeMs()) {
            throw new ExportRefusal("to", "a " + i.key() + " export covers at most " + hours(i.longestRangeMs())
                    + ": to - from must be at most " + i.longestRangeMs());
        }
        if (i.withinDays() > 0) {
            long earliest = nowMs - i.withinDays() * Interval.DAY_MS;
            if (from < earliest) {
                throw new ExportRefusal("from", "a " + i.key() + " export lies within the last " + i.withinDays()
                        + " days: from must be at least " + (Math.floorDiv(earliest + i.ms() - 1, i.ms()) * i.ms()));
            }
        }
    }

    private static String hours(long ms) {
        long h = ms / Interval.HOUR_MS;
        return h % 24 == 0 ? h / 24 + " days" : h + " hours";
    }
}
