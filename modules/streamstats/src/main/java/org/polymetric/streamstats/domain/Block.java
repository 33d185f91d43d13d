package org.polymetric.streamstats.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One stored bucket used to answer for a window: a window's totals and distinct devices are read
 * from the fewest buckets that tile it exactly, so a 24 h window reads a few dozen buckets rather
 * than 17 280 five-second ones.
 */
public record Block(Level level, long startMs) {

    /**
     * Tiles {@code [startMs, endMs)} greedily: from the start, the largest level whose bucket starts
     * there and ends within the range. Both ends must lie on the 5-second grid.
     */
    public static List<Block> cover(long startMs, long endMs) {
        Level finest = Level.values()[0];
        if (!finest.starts(startMs) || !finest.starts(endMs) || endMs < startMs) {
            throw new IllegalArgumentException("a window lies on the 5-second grid: [" + startMs + ", " + endMs + ")");
        }
        Level[] levels = Level.values();
        List<Block> blocks = new ArrayList<>();
        long at = startMs;
        while (at < endMs) {
            Level chosen = finest;
            for (int i = levels.length - 1; i >= 0; i--) {
                if (levels[i].starts(at) && at + levels[i].millis() <= endMs) {
                    chosen = levels[i];
                    break;
                }
            }
            blocks.add(new Block(chosen, at));
            at += chosen.millis();
        }
        return blocks;
    }

    public long endMs() {
        return startMs + level.millis();
    }
}
