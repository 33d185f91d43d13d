package org.polymetric.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theLongestPeriodIsRead() {
        assertEquals(Period.MAX_DAYS, Period.within(Period.MAX_DAYS + "days", null, ZoneOffset.UTC, TODAY).days());
        long start = TODAY.minusDays(Period.MAX_DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long end = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertEquals(Period.MAX_DAYS, Period.within("[" + start + "," + end + "]", null, ZoneOffset.UTC, TODAY).days());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3661days", "999999999days", "[0,999999999999999]", "[0,1764806400000]"})
    void aLongerOneIsRefusedByTheApiAndReadAs30DaysByPages(String period) {
        assertThrows(Period.TooLong.class, () -> Period.within(period, null, ZoneOffset.UTC, TODAY));
        assertEquals("30days", Period.parse(period, null, ZoneOffset.UTC, TODAY).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "0days", "9999999999days", "[86400000,5]"})
    void anUnreadablePeriodIs30DaysAsInCountly(String period) {
        Period p = Period.within(period, null, ZoneOffset.UTC, TODAY);
        assertEquals(new Period(TODAY.minusDays(29), TODAY, "30days"), p);
    }
}
