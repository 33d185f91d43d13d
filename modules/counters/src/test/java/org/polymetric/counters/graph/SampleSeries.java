package org.polymetric.counters.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.polymetric.counters.domain.TimeRange;

/** Made-up counter series for the chart specs and samples: a daily CCU curve with some noise, seeded. */
final class SampleSeries {
    /** The default range of the seed's sample: the 24 h before 2017-06-29 14:37:12 UTC. */
    static final TimeRange DAY = TimeRange.lastDayBefore(Instant.parse("2017-06-29T14:37:12Z"));

    private SampleSeries() {
    }

    /** {@code points} values spread evenly over the range, peaking at 20:00 UTC around {@code level}. */
    static ChartSeries daily(String label, TimeRange range, int points, double level, long seed) {
        Random noise = new Random(seed);
        Duration step = range.length().dividedBy(points);
        List<Instant> times = new ArrayList<>(points);
        List<Double> values = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            Instant t = range.start().plus(step.multipliedBy(i));
            double hour = (t.getEpochSecond() % 86_400) / 3600.0;
            double daily = 0.65 + 0.35 * Math.cos((hour - 20) / 24 * 2 * Math.PI);
            times.add(t);
            values.add(Math.round(level * daily * (1 + 0.04 * noise.nextGaussian())) * 1.0);
        }
        return new ChartSeries(label, times, values);
    }

    /** The Ccu of three regions over the range. */
    static List<ChartSeries> regions(TimeRange range, int points) {
        return List.of(daily("eu", range, points, 3748, 1), daily("us", range, points, 2210, 2),
                daily("asia", range, points, 965, 3));
    }

    /** The series with the points from {@code from} (inclusive) to {@code to} (exclusive) missing. */
    static ChartSeries withGap(ChartSeries s, int from, int to) {
        List<Double> values = new ArrayList<>(s.values());
        for (int i = from; i < to; i++) {
            values.set(i, Double.NaN);
        }
        return new ChartSeries(s.label(), s.times(), values);
    }
}
