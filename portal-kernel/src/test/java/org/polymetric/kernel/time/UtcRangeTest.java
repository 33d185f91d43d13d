package org.polymetric.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtcRangeTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");

    private static Instant at(String time) {
        return Instant.parse("2024-03-01T" + time + "Z");
    }

    @Test
    void endBeforeStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UtcRange(NOON, NOON.minusSeconds(1)));
        assertTrue(e.getMessage().contains("is before start"), e.getMessage());
    }

    @Test
    void missingStartOrEndIsRejected() {
        assertThrows(NullPointerException.class, () -> new UtcRange(null, NOON));
        assertThrows(NullPointerException.class, () -> new UtcRange(NOON, null));
    }

    @Test
    void emptyRangeIsAllowedAndContainsNothing() {
        UtcRange empty = new UtcRange(NOON, NOON);
        assertEquals(Duration.ZERO, empty.length());
        assertFalse(empty.contains(NOON));
        assertEquals(List.of(), empty.buckets(Interval.HOUR));
    }

    @Test
    void containsIsHalfOpen() {
        UtcRange r = new UtcRange(at("12:00:00"), at("13:00:00"));
        assertTrue(r.contains(at("12:00:00")), "start is inside");
        assertTrue(r.contains(at("12:59:59.999")));
        assertFalse(r.contains(at("13:00:00")), "end is outside");
        assertFalse(r.contains(at("11:59:59.999")));
    }

    @Test
    void endingBuildsTheRangeBackFromItsEnd() {
        UtcRange r = UtcRange.ending(NOON, Duration.ofHours(2));
        assertEquals(at("10:00:00"), r.start());
        assertEquals(NOON, r.end());
        assertEquals(Duration.ofHours(2), r.length());
    }

    @Test
    void bucketsOfAnAlignedRangeAreItsBucketStarts() {
        UtcRange r = new UtcRange(at("12:00:00"), at("15:00:00"));
        assertEquals(List.of(at("12:00:00"), at("13:00:00"), at("14:00:00")), r.buckets(Interval.HOUR));
    }

    @Test
    void bucketsIncludeThePartialOnesAtBothEnds() {
        UtcRange r = new UtcRange(at("12:07:00"), at("12:21:00"));
        assertEquals(List.of(at("12:05:00"), at("12:10:00"), at("12:15:00"), at("12:20:00")),
                r.buckets(Interval.FIVE_MINUTES));
    }

    @Test
    void rangeInsideOneBucketHasThatBucket() {
        UtcRange r = new UtcRange(at("12:10:00"), at("12:20:00"));
        assertEquals(List.of(Instant.parse("2024-03-01T00:00:00Z")), r.buckets(Interval.DAY));
    }
}
