package org.polymetric.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countly's duration ({@code ds}), frequency ({@code f}) and loyalty ({@code l}) buckets, by index. */
class RangesTest {
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
        "0, 0-10", "10, 0-10",
        "11, 11-30", "30, 11-30",
        "31, 31-60", "60, 31-60",
        "61, 61-180", "180, 61-180",
        "181, 181-600", "600, 181-600",
        "601, 601-1800", "1800, 601-1800",
        "1801, 1801-3600", "3600, 1801-3600",
        "3601, 3601+", "86400, 3601+"})
    void sessionDurationBoundaries(long seconds, String label) {
        assertEquals(label, Ranges.DURATION.get(Ranges.duration(seconds)));
    }

    @Test
    void aFirstSessionHasNoFrequency() {
        assertEquals(0, Ranges.frequency(null));
        assertEquals("First session", Ranges.FREQUENCY.get(0));
    }

    @ParameterizedTest(name = "{0} s since the previous session → {1}")
    @CsvSource({
        "0, 1-24 hours",
        "86399, 1-24 hours",          // 23:59:59
        "86400, 1 day",               // 24 h
        "172799, 1 day",
        "172800, 2 days",
        "259200, 3 days",
        "345600, 4 days",
        "432000, 5 days",
        "518400, 6 days",
        "604800, 7 days",
        "691199, 7 days",             // just under 8 days
        "691200, 8-14 days",          // 8 days
        "1295999, 8-14 days",         // just under 15 days
        "1296000, 15-30 days",        // 15 days
        "2678399, 15-30 days",        // just under 31 days (744 h)
        "2678400, 30+ days",          // 31 days
        "31536000, 30+ days"})
    void frequencyBoundaries(long seconds, String label) {
        assertEquals(label, Ranges.FREQUENCY.get(Ranges.frequency(seconds)));
    }

    @Test
    void frequencyIndexesFollowTheLabels() {
        assertEquals(1, Ranges.frequency(HOUR));
        for (int days = 1; days <= 7; days++) {
            assertEquals(days + 1, Ranges.frequency(days * DAY), days + " days");
        }
        assertEquals(9, Ranges.frequency(10 * DAY));
        assertEquals(10, Ranges.frequency(20 * DAY));
        assertEquals(11, Ranges.frequency(60 * DAY));
        assertEquals(12, Ranges.FREQUENCY.size());
    }

    @ParameterizedTest(name = "session {0} → {1}")
    @CsvSource({
        "1, 1",
        "2, 2",
        "3, 3-5", "5, 3-5",
        "6, 6-9", "9, 6-9",
        "10, 10-19", "19, 10-19",
        "20, 20-49", "49, 20-49",
        "50, 50-99", "99, 50-99",
        "100, 100-499", "499, 100-499",
        "500, > 500", "100000, > 500"})
    void loyaltyBoundaries(long sessions, String label) {
        assertEquals(label, Ranges.LOYALTY.get(Ranges.loyalty(sessions)));
    }

    @Test
    void aFirstSessionIsInTheFirstLoyaltyBucket() {
        assertEquals(0, Ranges.loyalty(1));
        assertEquals(8, Ranges.loyalty(500));
    }
}
