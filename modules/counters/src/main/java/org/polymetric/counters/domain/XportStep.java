package org.polymetric.counters.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time between two points of an xport series ({@code ds2}, and {@code time} when asked for).
 *
 * <p>The seed's one sample is the rule's anchor: a query without {@code start} (the last 24 h)
 * answers times 1.4987268e+09, 1.4987286e+09, 1.4987304e+09…, that is 1800 s apart and on
 * multiples of 1800 s since the epoch: 48 steps a day. Other ranges keep that resolution in
 * proportion: the step is the shortest of 60, 300, 600, 1800, 3600, 10800, 21600, 43200 and 86400
 * seconds that cuts the range into at most {@value #POINTS} steps; a range longer than 48 days
 * takes 86400 s (a point a day) and has more points. So 1 h reads 5-minute points (12), 6 h
 * 10-minute points (36), 24 h half-hours (48), 2 days hours (48), 7 days 6-hour points (28),
 * 30 days daily points (30; 12 h would make 60), a year 365 daily points.
 *
 * <p>Points start on multiples of the step since the Unix epoch (UTC), as in the sample, so the
 * same bucket has the same time in every answer; each step is a divisor of a day, so steps of
 * 3 h and more also start at 00:00 UTC. A range that does not start or end on the step's grid
 * has a partial first or last point.
 */
public record XportStep(long seconds) {
    /** The steps, shortest first: each a whole number of minutes and a divisor of a day. */
    public static final List<Long> STEPS = List.of(60L, 300L, 600L, 1800L, 3600L, 10_800L, 21_600L, 43_200L, 86_400L);
    /** The most points a step may cut a range into, unless even a day's step cuts more. */
    public static final int POINTS = 48;

    public XportStep {
        if (!STEPS.contains(seconds)) {
            throw new IllegalArgumentException(seconds + " s is not an xport step; the steps are " + STEPS);
        }
    }

    /** The step for a range of this length. */
    public static XportStep of(Duration length) {
        long s = length.getSeconds() + (length.getNano() > 0 ? 1 : 0);
        for (long step : STEPS) {
            if (ceilDiv(s, step) <= POINTS) {
                return new XportStep(step);
            }
        }
        return new XportStep(STEPS.get(STEPS.size() - 1));
    }

    /** The step for this range. */
    public static XportStep of(TimeRange range) {
        return of(range.length());
    }

    public Duration width() {
        return Duration.ofSeconds(seconds);
    }

    /** The start of the point holding {@code t}. */
    public Instant floor(Instant t) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), seconds) * seconds);
    }

    /** The starts of the points that overlap the range, in order: the {@code time} series. */
    public List<Instant> times(TimeRange range) {
        List<Instant> times = new ArrayList<>();
        for (Instant t = floor(range.start()); t.isBefore(range.end()); t = t.plusSeconds(seconds)) {
            times.add(t);
        }
        return times;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
