package org.polymetric.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slots Countly lists a period's series in ({@code extractData}): hours, days or months. */
class SubperiodsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final LocalDateTime NOW = TODAY.atTime(2, 30);

    private static Subperiods of(String period) {
        return Subperiods.of(Period.parse(period, null, ZoneOffset.UTC, TODAY), NOW);
    }

    @Test
    void todayRunsByHourUpToTheCurrentOne() {
        Subperiods s = of("hour");
        assertEquals(Subperiods.Level.HOUR, s.level());
        assertEquals(List.of("2026-3-4 0:00", "2026-3-4 1:00", "2026-3-4 2:00"), s.ids());
        assertEquals("2026-3-4 1:00", s.idOf(TODAY.atTime(1, 0)));
    }

    @Test
    void refreshIsTodayByHour() {
        Subperiods s = Subperiods.of(Period.parse("30days", "refresh", ZoneOffset.UTC, TODAY), NOW);
        assertEquals(3, s.ids().size());
    }

    @Test
    void yesterdayHasAllTwentyFourHours() {
        Subperiods s = of("yesterday");
        assertEquals(24, s.ids().size());
        assertEquals("2026-3-3 0:00", s.ids().get(0));
        assertEquals("2026-3-3 23:00", s.ids().get(23));
    }

    @Test
    void monthIsThisYearByMonth() {
        Subperiods s = of("month");
        assertEquals(Subperiods.Level.MONTH, s.level());
        assertEquals(List.of("2026-1", "2026-2", "2026-3"), s.ids());
        assertEquals("2026-2", s.idOf(LocalDateTime.of(2026, 2, 28, 23, 0)));
    }

    @Test
    void dayIsThisMonthByDay() {
        assertEquals(List.of("2026-3-1", "2026-3-2", "2026-3-3", "2026-3-4"), of("day").ids());
    }

    @Test
    void daysAndRangesRunByDayWithoutLeadingZeros() {
        Subperiods s = of("7days");
        assertEquals(Subperiods.Level.DAY, s.level());
        assertEquals(List.of("2026-2-26", "2026-2-27", "2026-2-28", "2026-3-1", "2026-3-2", "2026-3-3", "2026-3-4"), s.ids());
        long from = LocalDate.of(2026, 1, 9).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long to = LocalDate.of(2026, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        assertEquals(List.of("2026-1-9", "2026-1-10"), of("[" + from + "," + to + "]").ids());
        assertEquals(30, of("nonsense").ids().size());
    }
}
