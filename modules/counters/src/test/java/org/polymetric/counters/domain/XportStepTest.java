package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The xport step: 1800 s for the default 24 h, as the seed's sample; at most 48 points otherwise. */
class XportStepTest {

    @Test
    void theSeedsSampleIsHalfHoursOverTheDefaultDay() {
        // "time": [1.4987268e+09, 1.4987286e+09, 1.4987304e+09, 1.4987322e+09, ...] for a query without start
        Clock clock = Clock.fixed(Instant.parse("2017-06-30T09:10:00Z"), ZoneOffset.UTC);
        TimeRange lastDay = TimeRange.parse(null, null, clock);
        XportStep step = XportStep.of(lastDay);
        assertEquals(1800, step.seconds());
        List<Instant> times = step.times(lastDay);
        assertEquals(List.of(1_498_726_800L, 1_498_728_600L, 1_498_730_400L, 1_498_732_200L),
                times.subList(0, 4).stream().map(Instant::getEpochSecond).toList());
        assertEquals(1.4987268e+09, (double) times.get(0).getEpochSecond());
    }

    @ParameterizedTest(name = "{0} s → {1} s steps")
    @CsvSource({
        "1, 60",
        "2880, 60",          // 48 min: 48 minutes
        "2881, 300",
        "3600, 300",         // 1 h: 12 points
        "14400, 300",        // 4 h: 48 points
        "14401, 600",
        "21600, 600",        // 6 h: 36 points
        "28800, 600",        // 8 h: 48 points
        "28801, 1800",
        "43200, 1800",       // 12 h: 24 points
        "86400, 1800",       // 24 h: 48 points, the seed's sample
        "86401, 3600",
        "172800, 3600",      // 2 days: 48 points
        "172801, 10800",
        "518400, 10800",     // 6 days: 48 points
        "604800, 21600",     // 7 days: 28 points
        "1036800, 21600",    // 12 days: 48 points
        "1036801, 43200",
        "2073600, 43200",    // 24 days: 48 points
        "2073601, 86400",
        "2592000, 86400",    // 30 days: 30 points
        "31536000, 86400"})  // a year: 365 points, a day is the longest step
    void theShortestStepWithAtMost48Points(long rangeSeconds, long stepSeconds) {
        assertEquals(new XportStep(stepSeconds), XportStep.of(Duration.ofSeconds(rangeSeconds)));
    }

    @Test
    void aFractionOfASecondCountsAsAWholeOne() {
        assertEquals(300, XportStep.of(Duration.ofSeconds(2880).plusMillis(1)).seconds());
    }

    @Test
    void stepsAreDivisorsOfADayInWholeMinutes() {
        for (long s : XportStep.STEPS) {
            assertEquals(0, 86_400 % s, s + " s");
            assertEquals(0, s % 60, s + " s");
        }
    }

    @Test
    void anyOtherStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new XportStep(1));
        assertThrows(IllegalArgumentException.class, () -> new XportStep(900));
        assertThrows(IllegalArgumentException.class, () -> new XportStep(0));
    }

    @Test
    void pointsStartOnMultiplesOfTheStepSinceTheEpoch() {
        XportStep halfHours = new XportStep(1800);
        assertEquals(Instant.parse("2017-06-29T09:00:00Z"), halfHours.floor(Instant.parse("2017-06-29T09:29:59.999Z")));
        assertEquals(Instant.parse("2017-06-29T09:30:00Z"), halfHours.floor(Instant.parse("2017-06-29T09:30:00Z")));
        assertEquals(Instant.parse("1969-12-31T23:30:00Z"), halfHours.floor(Instant.parse("1969-12-31T23:59:59Z")));
    }

    @Test
    void daysStartAtMidnightUtc() {
        assertEquals(Instant.parse("2017-06-29T00:00:00Z"), new XportStep(86_400).floor(Instant.parse("2017-06-29T23:59:59Z")));
        assertEquals(Instant.parse("2017-06-29T18:00:00Z"), new XportStep(21_600).floor(Instant.parse("2017-06-29T23:59:59Z")));
    }

    @Test
    void anAlignedRangeHasExactlyItsSteps() {
        TimeRange day = new TimeRange(Instant.parse("2017-06-29T00:00:00Z"), Instant.parse("2017-06-30T00:00:00Z"));
        List<Instant> times = XportStep.of(day).times(day);
        assertEquals(48, times.size());
        assertEquals(day.start(), times.get(0));
        assertEquals(Instant.parse("2017-06-29T23:30:00Z"), times.get(47));
    }

    @Test
    void anUnalignedRangeHasPartialFirstAndLastPoints() {
        TimeRange r = new TimeRange(Instant.parse("2017-06-29T09:10:00Z"), Instant.parse("2017-06-30T09:10:00Z"));
        List<Instant> times = new XportStep(1800).times(r);
        assertEquals(49, times.size());
        assertEquals(Instant.parse("2017-06-29T09:00:00Z"), times.get(0));
        assertEquals(Instant.parse("2017-06-30T09:00:00Z"), times.get(48));
    }

    @Test
    void aRangeShorterThanAStepHasOnePoint() {
        TimeRange r = new TimeRange(Instant.parse("2017-06-29T09:10:00Z"), Instant.parse("2017-06-29T09:10:30Z"));
        assertEquals(List.of(Instant.parse("2017-06-29T09:10:00Z")), XportStep.of(r).times(r));
    }

    @Test
    void aStepIsAWidth() {
        assertEquals(Duration.ofMinutes(30), new XportStep(1800).width());
    }
}
