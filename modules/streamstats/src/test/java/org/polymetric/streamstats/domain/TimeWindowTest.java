package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The time windows: their points, spacing and alignment, and the 400 for anything else. */
class TimeWindowTest {

    private static final long NOW = 1_700_000_123_456L;

    @ParameterizedTest(name = "{0}: {2} points every {1} ms")
    @CsvSource({
        "live, 5000, 1",
        "10m, 5000, 120",
        "1h, 60000, 60",
        "24h, 300000, 288",
        "1w, 3600000, 168",
        "1M, 21600000, 120"})
    void pointsPerWindow(String time, long spacingMs, int points) {
        Series s = TimeWindow.parse(time).series(NOW);
        assertEquals(spacingMs, s.spacingMs());
        assertEquals(points, s.points());
        assertEquals(points, s.times().size());
        assertEquals(0, Math.floorMod(s.startMs(), spacingMs));
        assertEquals(s.lastPoint(), s.times().get(points - 1));
        // the series ends at the start of the point holding now: only whole points
        assertTrue(s.endMs() <= NOW && NOW < s.endMs() + spacingMs);
        assertEquals(0, Math.floorMod(spacingMs, s.level().millis()), "a point is whole buckets");
    }

    @Test
    void liveIsTheLastCompleteFiveSeconds() {
        Series live = TimeWindow.LIVE.series(NOW);
        assertEquals(List.of(1_700_000_115_000L), live.times());
        assertEquals(1_700_000_120_000L, live.endMs());
        assertEquals(List.of(new Block(Level.FIVE_SECONDS, 1_700_000_115_000L)), live.blocks());
    }

    @Test
    void oneMonthsPointsAreSixHourBuckets() {
        Series month = TimeWindow.MONTH.series(NOW);
        assertEquals(Level.HOUR, month.level());
        long first = month.startMs();
        assertEquals(first, month.pointOf(first + 5 * 3_600_000L));
        assertEquals(first + 21_600_000L, month.pointOf(first + 6 * 3_600_000L));
        assertEquals(-1, month.pointOf(first - 3_600_000L));
        assertEquals(-1, month.pointOf(month.endMs()));
        assertEquals(30L * 86_400_000L, month.endMs() - month.startMs());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1m", "LIVE", "24H", "1d", "7d", "10m ", "1M\u0000"})
    void anythingElseIs400(String time) {
        BadParameter e = assertThrows(BadParameter.class, () -> TimeWindow.parse(time));
        assertEquals("time must be one of live, 10m, 1h, 24h, 1w, 1M", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(TimeWindow.class)
    void everyBlockOfAWindowIsStillKept(TimeWindow w) {
        for (Block b : w.series(NOW).blocks()) {
            assertTrue(w.lengthMs() <= b.level().kept().toMillis(), w + " reads " + b.level());
        }
        assertTrue(w.lengthMs() <= w.level().kept().toMillis());
    }
}
