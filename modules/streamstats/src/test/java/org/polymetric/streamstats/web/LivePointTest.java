package org.polymetric.streamstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.TimeWindow;

class LivePointTest {
    private static final long FIVE_MINUTES = 300_000;

    @Test
    void aDayOfFiveMinutePointsDrawsAsHoursOfThroughput() {
        Series day = TimeWindow.DAY.series(1_800_000_000_000L);
        long last = day.lastPoint();
        // 10 800 000 bytes in each of the last hour's 12 points: 8 kbit per ms / 3 600 000 ms over the hour = 288 kbps
        Map<Long, Long> bytes = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            bytes.put(last - i * FIVE_MINUTES, 10_800_000L);
        }
        bytes.put(day.startMs(), 3_600_000L);
        List<Double> trend = LivePoint.throughputTrend(day, bytes);
        assertEquals(24, trend.size());
        assertEquals(8.0, trend.get(0), 1e-9, "3 600 000 bytes over an hour");
        assertEquals(0.0, trend.get(12), 1e-9, "an hour without bytes");
        assertEquals(288.0, trend.get(23), 1e-9);
    }

    @Test
    void viewersOfTheLastHourOldestFirstWithZerosForSilentPoints() {
        long last = 1_800_000_000_000L;
        List<Double> trend = LivePoint.viewerTrend(Map.of(last, 4L, last - 2 * FIVE_MINUTES, 2L, last - 12 * FIVE_MINUTES, 9L),
                last, FIVE_MINUTES);
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 4.0), trend,
                "a point before the hour is left out");
    }
}
