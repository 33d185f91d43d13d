package org.polymetric.events.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.events.read.Reports;
import org.polymetric.kernel.overview.Figure;

class CardFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    /** Days from {@code first} days ago to today, each with {@code fresh.get(i)} new users and twice as many sessions. */
    private static List<Reports.Day> days(int first, long... fresh) {
        List<Reports.Day> out = new ArrayList<>();
        for (int i = 0; i < fresh.length; i++) {
            out.add(new Reports.Day(TODAY.minusDays(first - i), fresh[i] * 2, fresh[i] + 1, fresh[i], 0));
        }
        return out;
    }

    @Test
    void todayIsTheLastDayAndTheWeekSevenDaysEndingToday() {
        // 14 days: 1..14 new users, oldest first
        CardFigures f = CardFigures.of(days(13, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), TODAY);
        assertEquals(28, f.sessionsToday());
        assertEquals(15, f.usersToday());
        assertEquals(14, f.freshToday());
        assertEquals(8 + 9 + 10 + 11 + 12 + 13 + 14, f.freshWeek());
        assertEquals(1 + 2 + 3 + 4 + 5 + 6 + 7, f.earlierFresh());
        Figure week = Figure.compared("new", "77", f.freshWeek(), f.earlierFresh());
        assertEquals(175.0, week.change().getAsDouble(), 1e-9, "77 against 28");
        assertEquals("up", week.direction());
    }

    @Test
    void withoutAnEarlierWeekTheChangeIsNeutral() {
        CardFigures f = CardFigures.of(days(6, 0, 0, 0, 0, 0, 3, 4), TODAY);
        assertEquals(7, f.freshWeek());
        assertEquals(0, f.earlierFresh());
        Figure week = Figure.compared("new", "7", f.freshWeek(), f.earlierFresh());
        assertEquals("neutral", week.direction(), "no earlier data is not growth");
        assertEquals(true, week.change().isEmpty());
    }

    @Test
    void fewerNewUsersThanTheWeekBeforeIsDown() {
        CardFigures f = CardFigures.of(days(13, 5, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1, 0), TODAY);
        assertEquals(6, f.freshWeek());
        assertEquals(35, f.earlierFresh());
        assertEquals(0, f.sessionsToday());
        assertEquals("down", Figure.compared("new", "6", f.freshWeek(), f.earlierFresh()).direction());
    }

    @Test
    void noDaysAreZeros() {
        assertEquals(new CardFigures(0, 0, 0, 0, 0), CardFigures.of(List.of(), TODAY));
    }
}
