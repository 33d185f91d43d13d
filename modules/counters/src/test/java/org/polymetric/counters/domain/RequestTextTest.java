package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTextTest {
    @Test
    void aWholeNumberIsDigitsWithAnOptionalSign() {
        assertEquals(OptionalLong.of(42), RequestText.whole("42", 3));
        assertEquals(OptionalLong.of(-42), RequestText.whole("-42", 3));
        assertEquals(OptionalLong.of(42), RequestText.whole(" +42 ", 3));
        assertEquals(OptionalLong.of(999_999_999_999_999_999L), RequestText.whole("9".repeat(18), 18));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "-", "+", "1e3", "1.0", "0x10", "1_000", "１２", "1234", "--1", "12 3"})
    void anythingElseIsNone(String text) {
        assertEquals(OptionalLong.empty(), RequestText.whole(text, 3));
    }

    @Test
    void aHundredThousandDigitsAreNone() {
        assertEquals(OptionalLong.empty(), RequestText.whole("9".repeat(100_000), 18));
        assertEquals(OptionalLong.empty(), RequestText.whole(null, 18));
    }

    @Test
    void moreThanALongsDigitsCannotBeAsked() {
        assertThrows(IllegalArgumentException.class, () -> RequestText.whole("1", 19));
    }

    @Test
    void aQuotedValueIsCutAfter40Characters() {
        assertEquals("x".repeat(40), RequestText.quoted("x".repeat(40)));
        assertEquals("x".repeat(40) + "…", RequestText.quoted("x".repeat(100_000)));
        assertEquals(null, RequestText.quoted(null));
    }
}
