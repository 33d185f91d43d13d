package org.polymetric.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntervalTest {

    @Test
    void fromCodeFindsEveryVendorCode() {
        assertEquals(Optional.of(Interval.MINUTE), Interval.fromCode("1m"));
        assertEquals(Optional.of(Interval.FIVE_MINUTES), Interval.fromCode("5m"));
        assertEquals(Optional.of(Interval.TEN_MINUTES), Interval.fromCode("10m"));
        assertEquals(Optional.of(Interval.THIRTY_MINUTES), Interval.fromCode("30m"));
        assertEquals(Optional.of(Interval.HOUR), Interval.fromCode("1h"));
        assertEquals(Optional.of(Interval.DAY), Interval.fromCode("1d"));
        assertEquals(Optional.of(Interval.WEEK), Interval.fromCode("7d"));
        assertEquals(Optional.of(Interval.FORTNIGHT), Interval.fromCode("14d"));
    }

    @Test
    void fromCodeIsEmptyForUnknownCodes() {
        assertEquals(Optional.empty(), Interval.fromCode("2h"));
        assertEquals(Optional.empty(), Interval.fromCode("1D"));
        assertEquals(Optional.empty(), Interval.fromCode(""));
        assertEquals(Optional.empty(), Interval.fromCode(null));
    }

    @ParameterizedTest
    @EnumSource(Interval.class)
    void codeRoundTrips(Interval interval) {
        assertEquals(Optional.of(interval), Interval.fromCode(interval.code()));
    }

    @Test
    void widthsMatchTheirCodes() {
        assertEquals(Duration.ofMinutes(5), Interval.FIVE_MINUTES.width());
        assertEquals(Duration.ofHours(1), Interval.HOUR.width());
        assertEquals(Duration.ofDays(14), Interval.FORTNIGHT.width());
    }

    @Test
    void floorGoesDownToTheStartOfTheBucketInUtc() {
        Instant t = Instant.parse("2024-03-01T12:34:56.789Z");
        assertEquals(Instant.parse("2024-03-01T12:34:00Z"), Interval.MINUTE.floor(t));
        assertEquals(Instant.parse("2024-03-01T12:30:00Z"), Interval.FIVE_MINUTES.floor(t));
        assertEquals(Instant.parse("2024-03-01T12:30:00Z"), Interval.TEN_MINUTES.floor(t));
        assertEquals(Instant.parse("2024-03-01T12:30:00Z"), Interval.THIRTY_MINUTES.floor(t));
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"), Interval.HOUR.floor(t));
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), Interval.DAY.floor(t));
    }

    @Test
    void weeksAreAlignedOnTheEpochAThursday() {
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), Interval.WEEK.floor(Instant.parse("2024-03-01T12:00:00Z")));
        assertEquals(Instant.EPOCH, Interval.WEEK.floor(Instant.parse("1970-01-07T23:59:59Z")));
    }

    @Test
    void floorOfABucketStartIsItself() {
        Instant start = Instant.parse("2024-03-01T12:00:00Z");
        assertEquals(start, Interval.HOUR.floor(start));
    }

    @Test
    void floorBeforeTheEpochStillGoesDown() {
        assertEquals(Instant.parse("1969-12-31T00:00:00Z"), Interval.DAY.floor(Instant.parse("1969-12-31T18:00:00Z")));
        assertEquals(Instant.parse("1969-12-31T23:59:00Z"), Interval.MINUTE.floor(Instant.parse("1969-12-31T23:59:30Z")));
    }

    @Test
    void isAlignedOnlyAtABucketStart() {
        assertTrue(Interval.HOUR.isAligned(Instant.parse("2024-03-01T12:00:00Z")));
        assertFalse(Interval.HOUR.isAligned(Instant.parse("2024-03-01T12:00:01Z")));
        assertFalse(Interval.HOUR.isAligned(Instant.parse("2024-03-01T12:00:00.001Z")));
        assertTrue(Interval.FIVE_MINUTES.isAligned(Instant.parse("2024-03-01T12:55:00Z")));
        assertFalse(Interval.FIVE_MINUTES.isAligned(Instant.parse("2024-03-01T12:56:00Z")));
    }
}
