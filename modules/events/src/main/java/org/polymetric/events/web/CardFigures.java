package org.polymetric.events.web;

import java.time.LocalDate;
import java.util.List;
import org.polymetric.events.read.Reports;

/**
 * The events card's numbers from a game's days (oldest first, ending today): today's sessions,
 * users and new users, and the new users of the last 7 days against the 7 before.
 *
 * @param earlierFresh the new users of the 7 days before the last 7; 0 when there were none (or no data), which makes the change neutral
 */
record CardFigures(long sessionsToday, long usersToday, long freshToday, long freshWeek, long earlierFresh) {
    /** Days a week has: the period new users are counted over and compared with. */
    static final int WEEK = 7;

    static CardFigures of(List<Reports.Day> days, LocalDate today) {
        long sessions = 0;
        long users = 0;
        long fresh = 0;
        long week = 0;
        long earlier = 0;
        for (Reports.Day d : days) {
            long ago = today.toEpochDay() - d.date().toEpochDay();
            if (ago == 0) {
                sessions = d.sessions();
                users = d.users();
                fresh = d.fresh();
            }
            if (ago >= 0 && ago < WEEK) {
                week += d.fresh();
            } else if (ago >= WEEK && ago < 2 * WEEK) {
                earlier += d.fresh();
            }
        }
        return new CardFigures(sessions, users, fresh, week, earlier);
    }
}
