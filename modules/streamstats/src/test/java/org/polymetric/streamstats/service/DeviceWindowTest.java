package org.polymetric.streamstats.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.TimeWindow;
import org.polymetric.streamstats.store.DayRow;
import org.polymetric.streamstats.store.HourRow;

class DeviceWindowTest {
    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;
    /** 2026-12-04 00:00 UTC. */
    private static final long MIDNIGHT = 1_796_342_400_000L;
    /** Every whole hour folded into the day rows. */
    private static final LongPredicate ALL_FOLDED = h -> true;

    @Test
    void liveReadsOneHourRowWithOneBit() {
        long now = MIDNIGHT + 10 * HOUR + 7 * 60_000 + 12_345; // 10:07:12.345
        DeviceWindow w = DeviceWindow.of(TimeWindow.LIVE.series(now).startMs(), TimeWindow.LIVE.series(now).endMs(), ALL_FOLDED);
        assertEquals(List.of(), w.days());
        assertEquals(1, w.hours().size());
        long[] masks = new long[HourRow.SLOTS];
        masks[1] = 1L << 25; // 10:07:05 is 5-second slot 25 of the 5 minutes from 10:05
        assertEquals(MIDNIGHT + 10 * HOUR, w.hours().get(0).hourMs());
        assertArrayEquals(masks, w.hours().get(0).masks());
    }

    @Test
    void theWorstCaseRowsPerDeviceOfEveryWindow() {
        // an hour and a few minutes past midnight: windows straddle days as much as they can
        long now = MIDNIGHT + HOUR + 7 * 60_000 + 2_000;
        assertEquals(1, rows(TimeWindow.LIVE, now));
        assertEquals(2, rows(TimeWindow.TEN_MINUTES, MIDNIGHT + HOUR + 4 * 60_000));
        assertEquals(2, rows(TimeWindow.HOUR, now));
        assertEquals(4, rows(TimeWindow.DAY, now));
        assertEquals(8, rows(TimeWindow.WEEK, now));
        assertEquals(31, rows(TimeWindow.MONTH, MIDNIGHT + 7 * HOUR));
    }

    @Test
    void aDayWindowTakesWholeHoursFromDayRowsAndTheEdgesFromHourRows() {
        long now = MIDNIGHT + 10 * HOUR + 7 * 60_000; // window 10:05 yesterday to 10:05 today
        DeviceWindow w = DeviceWindow.of(TimeWindow.DAY.series(now).startMs(), TimeWindow.DAY.series(now).endMs(), ALL_FOLDED);
        assertEquals(List.of(new DeviceWindow.DayPart(MIDNIGHT - DAY, 0xFFF800L), new DeviceWindow.DayPart(MIDNIGHT, 0x3FFL)),
                w.days());
        assertEquals(List.of(MIDNIGHT - DAY + 10 * HOUR, MIDNIGHT + 10 * HOUR),
                w.hours().stream().map(DeviceWindow.HourPart::hourMs).toList());
        // 10:05 to 11:00 yesterday: slots 1 to 11 whole; 10:00 to 10:05 today: slot 0 whole
        assertEquals(0, w.hours().get(0).masks()[0]);
        assertEquals(DeviceWindow.ALL_SLOTS, w.hours().get(0).masks()[1]);
        assertEquals(DeviceWindow.ALL_SLOTS, w.hours().get(1).masks()[0]);
        assertEquals(0, w.hours().get(1).masks()[1]);
    }

    @Test
    void playedOfAPartlyCoveredSlotIsProportionalToItsSeenBitsAndRoundedDown() {
        long[] masks = new long[HourRow.SLOTS];
        masks[0] = 0xFFFL; // the first minute of the hour
        HourRow steady = hourRow(0, (1L << 60) - 1, 300_000);
        assertEquals(new DeviceWindow.Share(true, false, false, 60_000),
                DeviceWindow.share(steady, new DeviceWindow.HourPart(0, masks)));
        // seen in 3 slots, one of them inside: a third of 1000 ms, rounded down
        HourRow sparse = hourRow(0, 1L | 1L << 12 | 1L << 19, 1000);
        assertEquals(333, DeviceWindow.share(sparse, new DeviceWindow.HourPart(0, masks)).playedMs());
        // seen only outside the window: not in it at all
        HourRow outside = hourRow(0, 1L << 40, 1000);
        assertFalse(DeviceWindow.share(outside, new DeviceWindow.HourPart(0, masks)).seen());
    }

    @Test
    void classBitsCountOnlyInsideTheWindow() {
        long[] masks = new long[HourRow.SLOTS];
        masks[3] = 0b11L;
        long[] seen = new long[HourRow.SLOTS];
        seen[3] = 0b111L;
        long[] p2p = new long[HourRow.SLOTS];
        p2p[3] = 0b100L; // p2p only in the third 5 s, outside
        long[] incompatible = new long[HourRow.SLOTS];
        incompatible[3] = 0b10L;
        long[] played = new long[HourRow.SLOTS];
        played[3] = 15_000;
        HourRow row = new HourRow(1, "d", seen, p2p, incompatible, played, "MAC", "CHROME", "WIFI");
        assertEquals(new DeviceWindow.Share(true, false, true, 10_000), DeviceWindow.share(row, new DeviceWindow.HourPart(0, masks)));
    }

    @Test
    void dayRowsSumThePlayedOfTheirWholeHours() {
        long[] played = new long[DayRow.HOURS];
        played[2] = 100;
        played[3] = 200;
        played[4] = 400;
        DayRow row = new DayRow(1, "d", 0b11100L, 0b10000L, 0, played, "MAC", "CHROME", "WIFI");
        assertEquals(new DeviceWindow.Share(true, false, false, 300), DeviceWindow.share(row, new DeviceWindow.DayPart(0, 0b1100L)));
        assertEquals(new DeviceWindow.Share(true, true, false, 400), DeviceWindow.share(row, new DeviceWindow.DayPart(0, 0b10000L)));
        List<Long> at = new ArrayList<>();
        DeviceWindow.seenAt(row, new DeviceWindow.DayPart(DAY, 0b11000L), at::add);
        assertEquals(List.of(DAY + 3 * HOUR, DAY + 4 * HOUR), at);
    }

    @Test
    void breakdownsReadEveryHourTheWindowOverlapsFromHourRows() {
        long now = MIDNIGHT + 10 * HOUR + 7 * 60_000;
        DeviceWindow w = DeviceWindow.inHours(TimeWindow.DAY.series(now).startMs(), TimeWindow.DAY.series(now).endMs());
        assertTrue(w.days().isEmpty());
        assertEquals(25, w.hours().size());
    }

    /**
     * Whole hours not folded yet are read from their hour rows, every 5-second bit of the hour;
     * the folded ones, and those past the hour rows' retention, from day rows.
     */
    @Test
    void wholeHoursNotFoldedAreReadFromTheirHourRows() {
        long now = MIDNIGHT + 10 * HOUR + 3 * 60_000; // window 10:00 yesterday to 10:00 today
        long start = TimeWindow.DAY.series(now).startMs();
        long end = TimeWindow.DAY.series(now).endMs();
        // 09:00 today just ended and is not folded yet; every other hour of the window is
        Set<Long> folded = new TreeSet<>();
        for (long h = start; h < end - HOUR; h += HOUR) {
            folded.add(h);
        }
        DeviceWindow w = DeviceWindow.of(start, end, DeviceWindow.dayRowsHold(folded, now));
        assertEquals(List.of(new DeviceWindow.DayPart(MIDNIGHT - DAY, 0xFFFC00L), new DeviceWindow.DayPart(MIDNIGHT, 0x1FFL)),
                w.days());
        assertEquals(List.of(MIDNIGHT + 9 * HOUR), w.hours().stream().map(DeviceWindow.HourPart::hourMs).toList());
        for (long mask : w.hours().get(0).masks()) {
            assertEquals(DeviceWindow.ALL_SLOTS, mask);
        }
        // the worst case in the minutes after an hour ends, until its fold: one hour row more
        assertEquals(9, rows(TimeWindow.WEEK, MIDNIGHT + 2 * HOUR + 60_000, MIDNIGHT + HOUR));
        assertEquals(32, rows(TimeWindow.MONTH, MIDNIGHT + 6 * HOUR + 60_000, MIDNIGHT + 5 * HOUR));
        // 24h ends on an hour then (its 5-minute grid): no partial hours, so 2 day rows and the hour row
        assertEquals(3, rows(TimeWindow.DAY, MIDNIGHT + 2 * HOUR + 60_000, MIDNIGHT + HOUR));
        // nothing folded and no fold to come past the hour rows' retention: a week reads day rows before it
        DeviceWindow week = DeviceWindow.of(TimeWindow.WEEK.series(now).startMs(), TimeWindow.WEEK.series(now).endMs(),
                DeviceWindow.dayRowsHold(Set.of(), now));
        assertEquals(48, week.hours().size());
        assertEquals(MIDNIGHT + 10 * HOUR - 48 * HOUR, week.hours().get(0).hourMs());
        assertEquals(6, week.days().size());
    }

    /** Rows per device of the window with every hour folded but {@code unfolded}. */
    private static int rows(TimeWindow window, long now, long unfolded) {
        long start = window.series(now).startMs();
        long end = window.series(now).endMs();
        Set<Long> folded = new TreeSet<>();
        for (long h = Math.floorDiv(start, HOUR) * HOUR; h < end; h += HOUR) {
            folded.add(h);
        }
        folded.remove(unfolded);
        DeviceWindow w = DeviceWindow.of(start, end, DeviceWindow.dayRowsHold(folded, now));
        return w.hours().size() + w.days().size();
    }

    private static int rows(TimeWindow window, long now) {
        DeviceWindow w = DeviceWindow.of(window.series(now).startMs(), window.series(now).endMs(), ALL_FOLDED);
        return w.hours().size() + w.days().size();
    }

    private static HourRow hourRow(int slot, long seenBits, long playedMs) {
        long[] seen = new long[HourRow.SLOTS];
        seen[slot] = seenBits;
        long[] played = new long[HourRow.SLOTS];
        played[slot] = playedMs;
        return new HourRow(1, "d", seen, new long[HourRow.SLOTS], new long[HourRow.SLOTS], played, "MAC", "CHROME", "WIFI");
    }
}
