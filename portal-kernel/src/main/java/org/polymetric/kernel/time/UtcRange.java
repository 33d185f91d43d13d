package org.polymetric.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A half-open range {@code [start, end)} of UTC instants. */
public record UtcRange(Instant start, Instant end) {
    public UtcRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** The range that ends at {@code end} and lasts {@code length}. */
    public static UtcRange ending(Instant end, Duration length) {
        return new UtcRange(end.minus(length), end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The starts of the buckets of {@code interval} that overlap this range, in order. */
    public List<Instant> buckets(Interval interval) {
        List<Instant> starts = new ArrayList<>();
        for (Instant t = interval.floor(start); t.isBefore(end); t = t.plus(interval.width())) {
            starts.add(t);
        }
        return starts;
    }
}
