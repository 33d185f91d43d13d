package org.polymetric.events.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Countly buckets a request by the local hour in the app's time zone, and counts a device once per
 * hour, day, ISO week, month and year.
 */
class MomentTest {
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul"); // UTC+3, no DST
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static long epoch(String zoned) {
        return ZonedDateTime.parse(zoned).toEpochSecond();
    }

    private static Moment at(String localDateTime, ZoneId zone) {
        return Moment.of(LocalDateTime.parse(localDateTime).atZone(zone).toEpochSecond(), zone);
    }

    // levels in newUniques: hour, day, week, month, year
    private static boolean[] levels(boolean hour, boolean day, boolean week, boolean month, boolean year) {
        return new boolean[]{hour, day, week, month, year};
    }

    @Test
    void theBucketIsTheLocalHourInTheAppsZone() {
        Moment m = Moment.of(epoch("2026-05-10T21:42:17Z"), ISTANBUL);
        assertEquals(LocalDateTime.parse("2026-05-11T00:00"), m.hour());
        assertEquals(LocalDate.parse("2026-05-11"), m.day());
    }

    @Test
    void localMidnightSplitsDaysWhereUtcDoesNot() {
        // both on 2026-05-10 in UTC, on either side of midnight in Istanbul
        Moment before = Moment.of(epoch("2026-05-10T20:59:59Z"), ISTANBUL);
        Moment after = Moment.of(epoch("2026-05-10T21:00:00Z"), ISTANBUL);
        assertEquals(LocalDateTime.parse("2026-05-10T23:00"), before.hour());
        assertEquals(LocalDateTime.parse("2026-05-11T00:00"), after.hour());
        assertNotEquals(before.day(), after.day());
    }

    @Test
    void aZoneWestOfUtcPutsTheUtcMorningOnThePreviousDay() {
        Moment m = Moment.of(epoch("2026-01-01T07:30:00Z"), LOS_ANGELES);
        assertEquals(LocalDateTime.parse("2025-12-31T23:00"), m.hour());
        assertEquals(202601, m.week()); // Wednesday 2025-12-31 is in ISO week 1 of 2026
    }

    @Test
    void springForwardSkipsTheMissingLocalHour() {
        // 2026-03-08 02:00 PST became 03:00 PDT: one UTC hour apart, two local hours apart
        Moment before = Moment.of(epoch("2026-03-08T09:59:59Z"), LOS_ANGELES);
        Moment after = Moment.of(epoch("2026-03-08T10:00:00Z"), LOS_ANGELES);
        assertEquals(LocalDateTime.parse("2026-03-08T01:00"), before.hour());
        assertEquals(LocalDateTime.parse("2026-03-08T03:00"), after.hour());
        assertArrayEquals(levels(true, false, false, false, false), after.newUniques(before));
    }

    @Test
    void fallBackFoldsTheRepeatedLocalHourIntoOneBucket() {
        // 01:30 PDT and 01:30 PST on 2026-11-01 are an hour apart but the same local hour
        Moment daylight = Moment.of(epoch("2026-11-01T08:30:00Z"), LOS_ANGELES);
        Moment standard = Moment.of(epoch("2026-11-01T09:30:00Z"), LOS_ANGELES);
        assertEquals(LocalDateTime.parse("2026-11-01T01:00"), daylight.hour());
        assertEquals(daylight, standard);
        assertArrayEquals(new boolean[5], standard.newUniques(daylight));
    }

    @Test
    void weeksAreIsoWeeksOfTheWeekBasedYear() {
        assertEquals(202653, at("2026-12-31T12:00", ISTANBUL).week()); // Thursday of 2026's 53rd week
        assertEquals(202653, at("2027-01-01T12:00", ISTANBUL).week()); // Friday: still that week
        assertEquals(202653, at("2027-01-03T23:00", ISTANBUL).week()); // Sunday closes it
        assertEquals(202701, at("2027-01-04T00:00", ISTANBUL).week()); // Monday opens 2027's first
        assertEquals(202601, at("2026-01-01T00:00", ISTANBUL).week());
    }

    @Test
    void aNewYearInTheSameIsoWeekIsANewDayMonthAndYearButNotANewWeek() {
        Moment thursday = at("2026-12-31T10:00", ISTANBUL);
        Moment friday = at("2027-01-01T10:00", ISTANBUL);
        assertArrayEquals(levels(true, true, false, true, true), friday.newUniques(thursday));
    }

    @Test
    void theFirstMondayOfTheYearIsANewWeek() {
        Moment friday = at("2027-01-01T10:00", ISTANBUL);
        Moment monday = at("2027-01-04T10:00", ISTANBUL);
        assertArrayEquals(levels(true, true, true, false, false), monday.newUniques(friday));
    }

    @Test
    void aDeviceNeverSeenIsNewAtEveryLevel() {
        assertArrayEquals(levels(true, true, true, true, true), at("2026-05-13T10:15", ISTANBUL).newUniques(null));
    }

    @Test
    void theSameHourAddsNothing() {
        Moment first = at("2026-05-13T10:05", ISTANBUL);
        Moment again = at("2026-05-13T10:55", ISTANBUL);
        assertArrayEquals(new boolean[5], again.newUniques(first));
    }

    @Test
    void theNextHourIsOnlyANewHour() {
        Moment first = at("2026-05-13T10:55", ISTANBUL);
        Moment next = at("2026-05-13T11:05", ISTANBUL);
        assertArrayEquals(levels(true, false, false, false, false), next.newUniques(first));
    }

    @Test
    void theNextDayInTheSameWeekIsANewHourAndDay() {
        Moment wednesday = at("2026-05-13T23:30", ISTANBUL);
        Moment thursday = at("2026-05-14T00:30", ISTANBUL);
        assertArrayEquals(levels(true, true, false, false, false), thursday.newUniques(wednesday));
    }

    @Test
    void theNextWeekInTheSameMonthIsANewHourDayAndWeek() {
        Moment sunday = at("2026-05-17T22:00", ISTANBUL);
        Moment monday = at("2026-05-18T08:00", ISTANBUL);
        assertArrayEquals(levels(true, true, true, false, false), monday.newUniques(sunday));
    }

    @Test
    void theNextMonthInTheSameWeekIsANewMonthButNotANewWeek() {
        // Thursday 2026-04-30 and Friday 2026-05-01 share ISO week 18
        Moment april = at("2026-04-30T20:00", ISTANBUL);
        Moment may = at("2026-05-01T09:00", ISTANBUL);
        assertArrayEquals(levels(true, true, false, true, false), may.newUniques(april));
    }

    @Test
    void theNextMonthInAnotherWeekIsNewAtAllButTheYear() {
        Moment may = at("2026-05-20T09:00", ISTANBUL);
        Moment june = at("2026-06-10T09:00", ISTANBUL);
        assertArrayEquals(levels(true, true, true, true, false), june.newUniques(may));
    }

    @Test
    void theNextYearIsNewAtEveryLevel() {
        Moment lastYear = at("2026-07-01T09:00", ISTANBUL);
        Moment thisYear = at("2027-03-01T09:00", ISTANBUL);
        assertArrayEquals(levels(true, true, true, true, true), thisYear.newUniques(lastYear));
    }

    @Test
    void anOlderVisitCountsNowhere() {
        Moment latest = at("2026-05-13T10:00", ISTANBUL);
        Moment older = at("2025-01-02T10:00", ISTANBUL);
        assertArrayEquals(new boolean[5], older.newUniques(latest));
    }
}
