package org.polymetric.streamstats.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The time a beacon reports on: {@code [timestamp - interval_ms, timestamp)} in epoch
 * milliseconds, the timestamp being the end of the interval.
 */
public record BeaconInterval(long startMs, long endMs) {

    public BeaconInterval {
        if (endMs <= startMs) {
            throw new IllegalArgumentException("an interval ends after it starts: [" + startMs + ", " + endMs + ")");
        }
    }

    /** The interval a beacon with this timestamp and {@code interval_ms} covers. */
    public static BeaconInterval of(long timestampMs, int intervalMs) {
        return new BeaconInterval(timestampMs - intervalMs, timestampMs);
    }

    public long lengthMs() {
        return endMs - startMs;
    }

    /** Whether the interval shares at least a millisecond with {@code [fromMs, toMs)}. */
    public boolean overlaps(long fromMs, long toMs) {
        return startMs < toMs && fromMs < endMs;
    }

    /** The starts of the buckets of this size that the interval overlaps, in order. */
    public List<Long> buckets(Level level) {
        List<Long> starts = new ArrayList<>();
        for (long b = level.floor(startMs); b < endMs; b += level.millis()) {
            starts.add(b);
        }
        return starts;
    }
}
