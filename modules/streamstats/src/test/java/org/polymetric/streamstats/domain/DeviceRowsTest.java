package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What one report adds to its device's hour and day rows: masks per 5 s and per hour, played per slot. */
class DeviceRowsTest {
    /** 2023-11-14 00:00 UTC. */
    private static final long MIDNIGHT = 1_699_920_000_000L;
    private static final long H = MIDNIGHT + 13 * 3_600_000L;

    private static PlaybackReport report(long startMs, int intervalMs, long p2p, long played, boolean compatible, String os) {
        return new PlaybackReport(7, "d-1", startMs + intervalMs, intervalMs, "news", "0x78e31cc7", "", "4000", "2 of 4",
                10, p2p, played, 0, null, null, null, null, 0, compatible, " wifi ", os, null);
    }

    private static PlaybackReport report(long startMs, int intervalMs, long p2p, long played) {
        return report(startMs, intervalMs, p2p, played, true, "Mac");
    }

    private static long bits(int from, int to) {
        long m = 0;
        for (int j = from; j <= to; j++) {
            m |= 1L << j;
        }
        return m;
    }

    @Test
    void anIntervalAcrossASlotEdgeSetsTheLastBitOfOneSlotAndTheFirstOfTheNext() {
        DeviceHour row = DeviceHour.of(report(H + 295_000, 10_000, 0, 10_000)).get(0);
        assertEquals(H, row.hourMs());
        assertEquals(1L << 59, row.seen(0));
        assertEquals(1L, row.seen(1));
        assertEquals(0, row.seen(2));
        assertEquals(5_000, row.played(0));
        assertEquals(5_000, row.played(1));
        assertEquals(0, row.p2p(0) | row.p2p(1) | row.incompatible(0) | row.incompatible(1));
        assertEquals(new DeviceValues("MAC", "UNKNOWN", "WIFI"), row.values());
    }

    @Test
    void anIntervalOffTheGridSetsEveryFiveSecondsItOverlaps() {
        DeviceHour row = DeviceHour.of(report(H + 2_500, 10_000, 0, 10_000)).get(0);
        assertEquals(bits(0, 2), row.seen(0)); // [2.5 s, 12.5 s) touches the 5 s from 0, 5 and 10
    }

    @Test
    void aOneMillisecondIntervalSetsOneBitAndThatIsAllItsStart() {
        DeviceHour before = DeviceHour.of(report(H + 4_999, 1, 1, 1)).get(0);
        assertEquals(1L, before.seen(0));
        assertEquals(1L, before.p2p(0));
        assertEquals(1, before.played(0));
        DeviceHour after = DeviceHour.of(report(H + 5_000, 1, 1, 1)).get(0);
        assertEquals(2L, after.seen(0));
        DeviceHour last = DeviceHour.of(report(H + 3_599_999, 1, 0, 1)).get(0);
        assertEquals(1L << 59, last.seen(11));
        assertEquals(1, last.played(11));
        assertEquals(1, DeviceHour.of(report(H + 3_599_999, 1, 0, 1)).size());
    }

    @Test
    void fiveMinutesAcrossAnHourGiveTwoRowsThatShareThePlayedTime() {
        List<DeviceHour> rows = DeviceHour.of(report(H - 150_000, 300_000, 0, 300_000));
        assertEquals(2, rows.size());
        DeviceHour first = rows.get(0);
        DeviceHour second = rows.get(1);
        assertEquals(H - 3_600_000, first.hourMs());
        assertEquals(H, second.hourMs());
        assertEquals(bits(30, 59), first.seen(11));
        assertEquals(bits(0, 29), second.seen(0));
        for (int k = 0; k < 11; k++) {
            assertEquals(0, first.seen(k));
            assertEquals(0, first.played(k));
        }
        assertEquals(150_000, first.played(11));
        assertEquals(150_000, second.played(0));
    }

    @Test
    void playedSumsToTheReportsPlayedTime() {
        for (long start : new long[]{H - 123_457, H + 1, H + 299_999, H + 3_450_001}) {
            for (int interval : new int[]{1, 1_000, 9_999, 300_000}) {
                PlaybackReport r = report(start, interval, 3, 299_993);
                long hours = 0;
                for (DeviceHour row : DeviceHour.of(r)) {
                    for (int k = 0; k < DeviceHour.SLOTS; k++) {
                        hours += row.played(k);
                    }
                }
                long days = 0;
                for (DeviceDay row : DeviceDay.of(r)) {
                    for (int h = 0; h < DeviceDay.HOURS; h++) {
                        days += row.played(h);
                    }
                }
                assertEquals(299_993, hours, start + "+" + interval);
                assertEquals(299_993, days, start + "+" + interval);
            }
        }
    }

    @Test
    void aFiveSecondsWithoutAShareOfTheP2pBytesIsSeenButNotP2p() {
        // 1 p2p byte over [0, 10 s): the part before 5 s is floor(1 × 5/10) = 0, so it all lies in the second 5 s
        DeviceHour row = DeviceHour.of(report(H, 10_000, 1, 10_000)).get(0);
        assertEquals(bits(0, 1), row.seen(0));
        assertEquals(1L << 1, row.p2p(0));
        DeviceHour none = DeviceHour.of(report(H, 10_000, 0, 10_000)).get(0);
        assertEquals(0, none.p2p(0));
    }

    @Test
    void anIncompatibleReportMarksEveryFiveSecondsItOverlaps() {
        DeviceHour row = DeviceHour.of(report(H + 60_000, 15_000, 0, 0, false, "Linux")).get(0);
        assertEquals(bits(12, 14), row.seen(0));
        assertEquals(bits(12, 14), row.incompatible(0));
        DeviceDay day = DeviceDay.of(report(H + 60_000, 15_000, 0, 0, false, "Linux")).get(0);
        assertEquals(1L << 13, day.incompatible());
    }

    @Test
    void rowsOfOneHourMergeByOrAndAdditionAndKeepTheLaterValues() {
        DeviceHour row = DeviceHour.of(report(H, 10_000, 0, 10_000, true, "Mac")).get(0);
        row.merge(DeviceHour.of(report(H + 5_000, 10_000, 10, 4_000, false, "Linux")).get(0));
        assertEquals(bits(0, 2), row.seen(0));
        assertEquals(bits(1, 2), row.p2p(0));
        assertEquals(bits(1, 2), row.incompatible(0));
        assertEquals(14_000, row.played(0));
        assertEquals("LINUX", row.values().os());
        DeviceHour other = DeviceHour.of(report(H + 3_600_000, 1_000, 0, 0)).get(0);
        assertThrows(IllegalArgumentException.class, () -> row.merge(other));
    }

    @Test
    void aDayRowHasABitPerHourAndPlayedPerHour() {
        List<DeviceDay> rows = DeviceDay.of(report(MIDNIGHT - 100_000, 300_000, 300, 300_000));
        assertEquals(2, rows.size());
        DeviceDay before = rows.get(0);
        DeviceDay after = rows.get(1);
        assertEquals(MIDNIGHT - 86_400_000L, before.dayMs());
        assertEquals(MIDNIGHT, after.dayMs());
        assertEquals(1L << 23, before.seen());
        assertEquals(1L << 23, before.p2p());
        assertEquals(100_000, before.played(23));
        assertEquals(1L, after.seen());
        assertEquals(1L, after.p2p());
        assertEquals(200_000, after.played(0));
        assertEquals(0, after.incompatible());

        DeviceDay across = DeviceDay.of(report(H - 1_000, 2_000, 0, 2_000)).get(0);
        assertEquals((1L << 12) | (1L << 13), across.seen());
        assertEquals(0, across.p2p());
        assertEquals(1_000, across.played(12));
        assertEquals(1_000, across.played(13));
        across.merge(DeviceDay.of(report(H + 7_200_000, 1_000, 1, 10)).get(0));
        assertEquals((1L << 12) | (1L << 13) | (1L << 15), across.seen());
        assertEquals(1L << 15, across.p2p());
        assertEquals(10, across.played(15));
    }

    @Test
    void rowsAreKeptFortyEightHoursAndThirtyFiveDays() {
        long now = H + 1_234;
        assertTrue(DeviceHour.keeps(H - 47 * 3_600_000L, now));
        assertTrue(DeviceHour.keeps(H - 48 * 3_600_000L, now));      // ends 47 h 59 min ago
        assertFalse(DeviceHour.keeps(H - 49 * 3_600_000L, now));     // ended over 48 h ago
        assertTrue(DeviceDay.keeps(MIDNIGHT - 35 * 86_400_000L, now));
        assertFalse(DeviceDay.keeps(MIDNIGHT - 36 * 86_400_000L, now));
    }

    /**
     * A day row's part of an hour made from the hour row ({@link DeviceDay#partOf}, what the fold
     * and the writer add) is what the reports added to the day row directly: masks per hour,
     * played per hour, for intervals inside an hour, across an hour, across midnight, with and
     * without a p2p share, compatible or not, and merged over several reports.
     */
    @Test
    void aDayRowsPartOfAnHourIsAFunctionOfTheHourRow() {
        List<List<PlaybackReport>> cases = List.of(
                List.of(report(H + 60_000, 10_000, 1, 10_000)),
                List.of(report(H - 150_000, 300_000, 7, 300_000, false, "Linux")),
                List.of(report(MIDNIGHT - 100_000, 300_000, 300, 300_001)),
                List.of(report(H + 1_000, 9_000, 0, 9_000), report(H + 2_000_000, 60_000, 3, 59_999, false, "tv"),
                        report(H + 3_590_000, 20_000, 0, 20_000)));
        for (List<PlaybackReport> reports : cases) {
            Map<Long, DeviceDay> direct = new TreeMap<>();
            Map<Long, DeviceHour> hours = new TreeMap<>();
            for (PlaybackReport r : reports) {
                DeviceDay.of(r).forEach(d -> direct.merge(d.dayMs(), d, (a, b) -> {
                    a.merge(b);
                    return a;
                }));
                DeviceHour.of(r).forEach(h -> hours.merge(h.hourMs(), h, (a, b) -> {
                    a.merge(b);
                    return a;
                }));
            }
            Map<Long, DeviceDay> folded = new TreeMap<>();
            hours.values().forEach(h -> folded.merge(DeviceDay.partOf(h).dayMs(), DeviceDay.partOf(h), (a, b) -> {
                a.merge(b);
                return a;
            }));
            assertEquals(direct.keySet(), folded.keySet());
            for (long day : direct.keySet()) {
                DeviceDay d = direct.get(day);
                DeviceDay f = folded.get(day);
                assertEquals(d.seen(), f.seen());
                assertEquals(d.p2p(), f.p2p());
                assertEquals(d.incompatible(), f.incompatible());
                for (int h = 0; h < DeviceDay.HOURS; h++) {
                    assertEquals(d.played(h), f.played(h), "hour " + h);
                }
            }
        }
        // the hour of an hour row is its bit; played of 5 minutes across 13:00 splits 150 000 / 150 000
        DeviceDay part = DeviceDay.partOf(DeviceHour.of(report(H - 150_000, 300_000, 0, 300_000)).get(1));
        assertEquals(MIDNIGHT, part.dayMs());
        assertEquals(1L << 13, part.seen());
        assertEquals(150_000, part.played(13));
        assertEquals(new DeviceValues("MAC", "UNKNOWN", "WIFI"), part.values());
    }
}
