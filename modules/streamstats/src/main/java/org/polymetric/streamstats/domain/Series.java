package org.polymetric.streamstats.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of a window: {@code points} consecutive ranges of {@code spacingMs} from
 * {@code startMs}, each read from buckets of {@code level}. A point's {@code datetime} is its start.
 */
public record Series(long startMs, long spacingMs, int points, Level level) {

    public long endMs() {
        return startMs + spacingMs * points;
    }

    /** The starts of the points, oldest first. */
    public List<Long> times() {
        List<Long> times = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            times.add(startMs + i * spacingMs);
        }
        return times;
    }

    /** The start of the latest point ({@code /last_point}). */
    public long lastPoint() {
        return endMs() - spacingMs;
    }

    /** The start of the point a bucket of {@link #level} starting at {@code bucketMs} belongs to, or -1 outside the series. */
    public long pointOf(long bucketMs) {
        if (bucketMs < startMs || bucketMs >= endMs()) {
            return -1;
        }
        return startMs + Math.floorDiv(bucketMs - startMs, spacingMs) * spacingMs;
    }

    /** The fewest stored buckets that make up the whole window exactly (for its totals and distinct devices). */
    public List<Block> blocks() {
        return Block.cover(startMs, endMs());
    }
}
