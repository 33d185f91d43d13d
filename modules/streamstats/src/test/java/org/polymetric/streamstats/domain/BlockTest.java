package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Windows are tiled exactly by few stored buckets; the worst cases are the ones the README states. */
class BlockTest {

    private static final long DAY = 86_400_000L;
    private static final long T = 1_699_920_000_000L; // a UTC midnight

    @Test
    void aDayFromMidnightIsOneDayBucket() {
        assertEquals(List.of(new Block(Level.DAY, T)), Block.cover(T, T + DAY));
    }

    @Test
    void ragsAreTiledByFinerBuckets() {
        List<Block> blocks = Block.cover(T + 55_000, T + 3_665_000);
        assertEquals(List.of(
                new Block(Level.FIVE_SECONDS, T + 55_000),
                new Block(Level.MINUTE, T + 60_000),
                new Block(Level.MINUTE, T + 120_000),
                new Block(Level.MINUTE, T + 180_000),
                new Block(Level.MINUTE, T + 240_000),
                new Block(Level.FIVE_MINUTES, T + 300_000)), blocks.subList(0, 6));
        assertTiles(T + 55_000, T + 3_665_000, blocks);
        assertEquals(new Block(Level.FIVE_SECONDS, T + 3_660_000), blocks.get(blocks.size() - 1));
    }

    /** The most buckets any alignment of each window reads, found by trying every start of a day or a month. */
    @ParameterizedTest(name = "{0}: at most {1} buckets")
    @CsvSource({"live, 1", "10m, 17", "1h, 16", "24h, 35", "1w, 30", "1M, 53"})
    void worstCase(String time, int most) {
        TimeWindow w = TimeWindow.parse(time);
        int worst = 0;
        long span = w.spacingMs() >= 3_600_000L ? 30 * DAY : DAY;
        for (long now = T; now < T + span; now += w.spacingMs()) {
            Series s = w.series(now);
            List<Block> blocks = s.blocks();
            assertTiles(s.startMs(), s.endMs(), blocks);
            worst = Math.max(worst, blocks.size());
        }
        assertEquals(most, worst);
    }

    @Test
    void endsLieOnTheFiveSecondGrid() {
        assertThrows(IllegalArgumentException.class, () -> Block.cover(T + 1, T + 5_000));
        assertThrows(IllegalArgumentException.class, () -> Block.cover(T, T + 4_999));
        assertEquals(List.of(), Block.cover(T, T));
    }

    private static void assertTiles(long start, long end, List<Block> blocks) {
        long at = start;
        for (Block b : blocks) {
            assertEquals(at, b.startMs());
            assertTrue(b.level().starts(b.startMs()));
            at = b.endMs();
        }
        assertEquals(end, at);
    }
}
