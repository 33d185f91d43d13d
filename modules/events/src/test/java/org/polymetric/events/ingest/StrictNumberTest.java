package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "-3", "+7", "2.97", " 1764842400 ", "1764842400123.5", "1.5e-7", "2E+10", "12e99"})
    void plainDecimalsAndSmallExponentsAreTaken(String text) {
        assertEquals(new BigDecimal(text.strip()), StrictNumber.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "+", ".5", "5.", "1..2", "1,5", "0x10", "NaN", "Infinity", "-Infinity",
            "1e", "1e+", "1e100", "1e-100", "1e50000000", "1E+50000000", "12ab", "1 2", "١٢", "--1", "1e5e5"})
    void anythingElseIsNotANumber(String text) {
        assertNull(StrictNumber.parse(text));
    }

    @Test
    void aLongDigitStringIsRefusedWithoutBeingRead() {
        assertEquals(new BigDecimal("9".repeat(StrictNumber.MAX_LENGTH)), StrictNumber.parse("9".repeat(StrictNumber.MAX_LENGTH)));
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertNull(StrictNumber.parse("9".repeat(5_000_000))));
        assertNull(StrictNumber.parse(null));
    }
}
