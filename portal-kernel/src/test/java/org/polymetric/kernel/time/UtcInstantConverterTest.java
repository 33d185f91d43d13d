package org.polymetric.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {
    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void instantIsStoredAsItsUtcWallClock() {
        assertEquals(LocalDateTime.of(2024, 3, 1, 12, 30, 15, 123_000_000),
                converter.convertToDatabaseColumn(Instant.parse("2024-03-01T12:30:15.123Z")));
    }

    @Test
    void storedValueIsReadAsUtc() {
        assertEquals(Instant.parse("2024-03-01T12:30:15Z"),
                converter.convertToEntityAttribute(LocalDateTime.of(2024, 3, 1, 12, 30, 15)));
    }

    @Test
    void roundTripKeepsTheInstantWhateverTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            Instant t = Instant.parse("2024-03-31T01:30:00.5Z");
            assertEquals(t, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(t)));
            assertEquals(LocalDateTime.of(2024, 3, 31, 1, 30, 0, 500_000_000), converter.convertToDatabaseColumn(t));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
