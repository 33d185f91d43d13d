package org.polymetric.counters.graph;

import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The series as JFreeChart reads them: x is the time in epoch milliseconds, y the value,
 * {@code NaN} for a gap. Read in place rather than copied into JFreeChart's own series, whose
 * keys must be unique: two series may carry the same label.
 */
final class SeriesDataset extends AbstractXYDataset {
    private final transient List<ChartSeries> series;

    SeriesDataset(List<ChartSeries> series) {
        this.series = List.copyOf(series);
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    /** The label with the series' index, so that equal labels stay two series. */
    @Override
    public Comparable<?> getSeriesKey(int s) {
        return new Key(s, series.get(s).label());
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).size();
    }

    @Override
    public double getXValue(int s, int item) {
        return series.get(s).times().get(item).toEpochMilli();
    }

    @Override
    public Number getX(int s, int item) {
        return getXValue(s, item);
    }

    @Override
    public double getYValue(int s, int item) {
        return series.get(s).values().get(item);
    }

    @Override
    public Number getY(int s, int item) {
        return getYValue(s, item);
    }

    /** Whether the point has no figure. */
    boolean isGap(int s, int item) {
        return Double.isNaN(getYValue(s, item));
    }

    /** The largest value in magnitude, 0 when there is none. */
    double largestMagnitude() {
        double largest = 0;
        for (ChartSeries one : series) {
            for (double v : one.values()) {
                if (!Double.isNaN(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }

    /** A series key that shows as its label (in the legend) and sorts by index. */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
