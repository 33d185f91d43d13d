package org.polymetric.counters.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of a chart: a value at each time, named by its label in the legend.
 *
 * <p>A point without a figure (a bucket without samples) is a gap in the line, not a zero: its
 * value is {@code NaN}. {@code null} and the infinities are taken as {@code NaN} too, so that a
 * caller's "no figure" never draws a spike. Points are kept in time order whatever order they come
 * in, which is the order the line joins them.
 *
 * @param label  the series' name in the legend, e.g. a region token
 * @param times  when each value was taken; as many as values
 * @param values the values, {@code NaN} for none
 */
public record ChartSeries(String label, List<Instant> times, List<Double> values) {
    public ChartSeries {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(values, "values");
        if (times.size() != values.size()) {
            throw new IllegalArgumentException("series \"" + label + "\" has " + times.size() + " times but "
                    + values.size() + " values");
        }
        List<Point> points = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            points.add(new Point(Objects.requireNonNull(times.get(i), "time"), figure(values.get(i))));
        }
        points.sort(Comparator.comparing(Point::time));
        List<Instant> sortedTimes = new ArrayList<>(points.size());
        List<Double> sortedValues = new ArrayList<>(points.size());
        for (Point p : points) {
            sortedTimes.add(p.time());
            sortedValues.add(p.value());
        }
        times = Collections.unmodifiableList(sortedTimes);
        values = Collections.unmodifiableList(sortedValues);
    }

    /** How many points, gaps included. */
    public int size() {
        return times.size();
    }

    /** Whether any point has a figure: a series of gaps draws nothing. */
    public boolean hasData() {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private static double figure(Double value) {
        return value == null || !Double.isFinite(value) ? Double.NaN : value;
    }

    private record Point(Instant time, double value) {
    }
}
