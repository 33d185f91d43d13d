package org.polymetric.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VendorDatesTest {

    @Test
    void isoWritesWholeSecondsInUtcWithZ() {
        assertEquals("2019-08-24T14:15:22Z", VendorDates.iso(Instant.parse("2019-08-24T14:15:22.987654Z")));
        assertEquals("2019-08-24T14:15:22Z", VendorDates.iso(Instant.parse("2019-08-24T16:15:22+02:00")));
        assertEquals("1970-01-01T00:00:00Z", VendorDates.iso(Instant.EPOCH));
    }

    @Test
    void isoOfNullIsNull() {
        assertNull(VendorDates.iso(null));
    }

    @Test
    void tenDigitEpochIsSeconds() {
        assertEquals(Optional.of(Instant.parse("2023-11-14T22:13:20Z")), VendorDates.epochSecondsOrMillis("1700000000"));
    }

    @Test
    void thirteenDigitEpochIsMilliseconds() {
        assertEquals(Optional.of(Instant.parse("2023-11-14T22:13:20.123Z")),
                VendorDates.epochSecondsOrMillis("1700000000123"));
    }

    @Test
    void epochIsReadAroundSurroundingSpaces() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), VendorDates.epochSecondsOrMillis(" 1700000000 "));
    }

    @Test
    void fractionalEpochSecondsAreTruncated() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), VendorDates.epochSecondsOrMillis("1700000000.75"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "yesterday", "17000000x0", "2024-03-01", "-1700000000", "NaN", "Infinity",
            "-0.5", "1e3", "1700000000f", "17000000000000000"})
    void epochThatIsNotANonNegativeNumberIsEmpty(String text) {
        assertEquals(Optional.empty(), VendorDates.epochSecondsOrMillis(text));
    }

    @Test
    void dateAloneIsMidnightUtc() {
        assertEquals(Optional.of(Instant.parse("2024-03-01T00:00:00Z")), VendorDates.dateOrDateTime("2024-03-01"));
    }

    @Test
    void dateTimeWithoutZoneIsUtc() {
        assertEquals(Optional.of(Instant.parse("2024-03-01T12:30:00Z")), VendorDates.dateOrDateTime("2024-03-01T12:30"));
        assertEquals(Optional.of(Instant.parse("2024-03-01T12:30:15Z")), VendorDates.dateOrDateTime("2024-03-01T12:30:15"));
    }

    @Test
    void dateTimeWithZIsUtc() {
        assertEquals(Optional.of(Instant.parse("2024-03-01T12:30:15Z")), VendorDates.dateOrDateTime("2024-03-01T12:30:15Z"));
    }

    @Test
    void dateTimeWithOffsetIsConvertedToUtc() {
        assertEquals(Optional.of(Instant.parse("2024-03-01T11:30:15Z")),
                VendorDates.dateOrDateTime("2024-03-01T12:30:15+01:00"));
        assertEquals(Optional.of(Instant.parse("2024-03-01T17:30:00Z")),
                VendorDates.dateOrDateTime("2024-03-01T12:30-05:00"));
    }

    @Test
    void spaceMayStandForT() {
        assertEquals(Optional.of(Instant.parse("2024-03-01T12:30:15Z")), VendorDates.dateOrDateTime("2024-03-01 12:30:15"));
        assertEquals(Optional.of(Instant.parse("2024-03-01T12:30:15Z")), VendorDates.dateOrDateTime(" 2024-03-01 12:30:15Z "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "garbage", "2024-13-01", "2024-02-30", "2024-03-01T25:00", "01/03/2024",
            "1700000000", "2024-03-01T12:30:15+0100"})
    void anythingElseIsEmpty(String text) {
        assertEquals(Optional.empty(), VendorDates.dateOrDateTime(text));
    }
}
