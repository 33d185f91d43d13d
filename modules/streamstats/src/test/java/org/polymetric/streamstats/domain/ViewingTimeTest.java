package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Viewing time in whole seconds per class, total their sum, pretty as H:MM:SS with unbounded hours. */
class ViewingTimeTest {

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
        "0, 0:00:00",
        "55, 0:00:55",
        "59, 0:00:59",
        "60, 0:01:00",
        "3599, 0:59:59",
        "3600, 1:00:00",
        "86399, 23:59:59",
        "360245, 100:04:05",
        "3600000000, 1000000:00:00"})
    void pretty(long seconds, String expected) {
        assertEquals(expected, ViewingTime.pretty(seconds));
    }

    @Test
    void theSeedsRow() {
        ViewingTime v = new ViewingTime(10_999, 45_400);
        assertEquals(10, v.cdnSeconds());
        assertEquals(45, v.p2pSeconds());
        assertEquals(55, v.totalSeconds());
        assertEquals("0:00:55", v.totalPretty());
    }

    @Test
    void negativeTimeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ViewingTime.pretty(-1));
    }
}
