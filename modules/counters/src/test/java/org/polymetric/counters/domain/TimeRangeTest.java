package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.kernel.time.UtcRange;

/** The seed's {@code start} and {@code end}: "YYYY-MM-DD[Thh:mm:ss]" in UTC, defaults "last 24 hours" and "now". */
class TimeRangeTest {
    private static final Instant NOW = Instant.parse("2017-06-29T14:37:12.345Z");
    /** The end of a range until now: the end of the current second, which a sample written now falls in. */
    private static final Instant NOW_SECONDS = Instant.parse("2017-06-29T14:37:13Z");
    /** A clock in a far zone: nothing may depend on the server's zone. */
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Pacific/Kiritimati"));

    private static TimeRange parse(String start, String end) {
        return TimeRange.parse(start, end, CLOCK);
    }

    private static InvalidTimeRange refused(String start, String end) {
        return assertThrows(InvalidTimeRange.class, () -> parse(start, end));
    }

    @Test
    void noParametersReadTheLast24HoursUntilNow() {
        assertEquals(new TimeRange(Instant.parse("2017-06-28T14:37:13Z"), NOW_SECONDS), parse(null, null));
    }

    @ParameterizedTest(name = "start \"{0}\" counts as absent")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anEmptyParameterCountsAsAbsent(String blank) {
        assertEquals(parse(null, null), parse(blank, blank));
    }

    @Test
    void nowEndsWithItsWholeSecond() {
        assertEquals(NOW_SECONDS, parse(null, null).end());
    }

    @Test
    void aDateAloneStartsAt0AmUtc() {
        assertEquals(Instant.parse("2017-06-01T00:00:00Z"), parse("2017-06-01", null).start());
    }

    @Test
    void aStartWithoutEndReadsUntilNow() {
        assertEquals(new TimeRange(Instant.parse("2017-06-01T00:00:00Z"), NOW_SECONDS), parse("2017-06-01", null));
    }

    @Test
    void aDateTimeIsUtcToTheSecond() {
        assertEquals(Instant.parse("2017-06-29T08:15:30Z"), parse("2017-06-29T08:15:30", null).start());
    }

    @Test
    void aDateTimeMayEndInZ() {
        assertEquals(Instant.parse("2017-06-29T08:15:30Z"), parse("2017-06-29T08:15:30Z", null).start());
    }

    @Test
    void anOffsetIsTurnedIntoUtc() {
        assertEquals(Instant.parse("2017-06-29T06:15:30Z"), parse("2017-06-29T08:15:30+02:00", null).start());
    }

    @Test
    void secondsMayBeLeftOut() {
        assertEquals(Instant.parse("2017-06-29T08:15:00Z"), parse("2017-06-29T08:15", null).start());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(Instant.parse("2017-06-01T00:00:00Z"), parse(" 2017-06-01 ", null).start());
    }

    @Test
    void anEndWithoutStartReadsThe24HoursBeforeIt() {
        assertEquals(new TimeRange(Instant.parse("2017-06-09T12:00:00Z"), Instant.parse("2017-06-10T12:00:00Z")),
                parse(null, "2017-06-10T12:00:00"));
    }

    @Test
    void anEndDateAloneIsThatDaysStartWhichItExcludes() {
        TimeRange june = parse("2017-06-01", "2017-07-01");
        assertEquals(Instant.parse("2017-07-01T00:00:00Z"), june.end());
        assertEquals(Duration.ofDays(30), june.length());
    }

    @Test
    void bothGivenReadExactlyBetweenThem() {
        assertEquals(new TimeRange(Instant.parse("2017-06-29T08:00:00Z"), Instant.parse("2017-06-29T09:30:00Z")),
                parse("2017-06-29T08:00:00", "2017-06-29T09:30:00"));
    }

    @Test
    void anEndInTheFutureIsKept() {
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), parse("2029-06-29", "2030-01-01").end());
    }

    @Test
    void aRangeOfAtMost400DaysIsRead() {
        assertEquals(Duration.ofDays(400), parse("2016-06-01", "2017-07-06").length());
        InvalidTimeRange e = refused("2016-06-01", "2017-07-07");
        assertEquals("start", e.parameter());
        assertEquals("the range from 2016-06-01T00:00:00Z to 2017-07-07T00:00:00Z is longer than 400 days, the most one"
                + " query reads", e.getMessage());
        assertTrue(refused("1970-01-01", null).getMessage().contains("400 days"), "from 1970 until now");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+999999999-01-01T00:00", "-2017-06-01T00:00", "17-06-01", "2017_06-01", "20170601"})
    void aDateWhoseYearIsNotFourDigitsIsRefusedUnparsed(String start) {
        assertEquals("start", refused(start, "2017-06-02").parameter());
    }

    @Test
    void aLongParameterIsRefusedUnparsedAndQuotedShort() {
        String end = "2017-06-02T00:00:00" + "0".repeat(100_000);
        InvalidTimeRange e = refused(null, end);
        assertEquals("end", e.parameter());
        assertEquals("end \"" + end.substring(0, 40) + "…\" is not a UTC date or date-time: pass YYYY-MM-DD or"
                + " YYYY-MM-DDThh:mm:ss", e.getMessage());
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        InvalidTimeRange e = refused("2017-06-10", "2017-06-01");
        assertEquals("start", e.parameter());
        assertEquals("start 2017-06-10T00:00:00Z is not before end 2017-06-01T00:00:00Z", e.getMessage());
    }

    @Test
    void aStartEqualToTheEndIsRefused() {
        // the same date twice is an empty range: a date alone means 00:00 UTC for both
        InvalidTimeRange e = refused("2017-06-10", "2017-06-10");
        assertEquals("start 2017-06-10T00:00:00Z is not before end 2017-06-10T00:00:00Z", e.getMessage());
    }

    @Test
    void aStartAfterNowWithoutEndIsRefused() {
        InvalidTimeRange e = refused("2017-06-30", null);
        assertEquals("start", e.parameter());
        assertEquals("start 2017-06-30T00:00:00Z is not before end 2017-06-29T14:37:13Z (now)", e.getMessage());
    }

    @ParameterizedTest(name = "start \"{0}\" is refused")
    @ValueSource(strings = {"yesterday", "2017-6-1", "2017/06/01", "01.06.2017", "2017-06-31", "2017-13-01",
        "2017-06-01T25:00:00", "2017-06-01T12:00:00.000+25:00", "1498726800", "2017-06", "2017-06-01T", "T12:00:00"})
    void anUnparsableStartIsRefused(String start) {
        InvalidTimeRange e = refused(start, null);
        assertEquals("start", e.parameter());
        assertEquals("start \"" + start + "\" is not a UTC date or date-time: pass YYYY-MM-DD or YYYY-MM-DDThh:mm:ss",
                e.getMessage());
    }

    @Test
    void anUnparsableEndIsRefused() {
        InvalidTimeRange e = refused("2017-06-01", "now");
        assertEquals("end", e.parameter());
        assertTrue(e.getMessage().startsWith("end \"now\" is not a UTC date"), e.getMessage());
    }

    @Test
    void theEndIsCheckedBeforeTheStart() {
        assertEquals("end", refused("junk", "junk").parameter());
    }

    @Test
    void theDefaultLengthIs24Hours() {
        assertEquals(Duration.ofHours(24), TimeRange.DEFAULT_LENGTH);
        assertEquals(new TimeRange(NOW_SECONDS.minus(Duration.ofDays(1)), NOW_SECONDS), TimeRange.lastDayBefore(NOW_SECONDS));
    }

    @Test
    void theServersZoneDoesNotMatter() {
        Clock utc = Clock.fixed(NOW, ZoneOffset.UTC);
        assertEquals(TimeRange.parse("2017-06-01", null, utc), parse("2017-06-01", null));
        assertEquals(TimeRange.parse(null, null, utc), parse(null, null));
    }

    @Test
    void aRangeIsTheKernelsHalfOpenUtcRange() {
        TimeRange r = parse("2017-06-01", "2017-06-02");
        assertEquals(new UtcRange(r.start(), r.end()), r.utc());
    }

    @Test
    void aRangeIsNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(NOW, NOW.minusSeconds(1)));
        assertThrows(NullPointerException.class, () -> new TimeRange(null, NOW));
    }
}
