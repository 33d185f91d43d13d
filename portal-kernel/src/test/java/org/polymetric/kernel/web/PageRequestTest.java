package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void missingOrBlankValuesTakeTheDefaults() {
        assertEquals(new PageRequest(0, 10), PageRequest.parse(null, null, 10, 100));
        assertEquals(new PageRequest(0, 25), PageRequest.parse("", "  ", 25, 100));
    }

    @Test
    void givenValuesAreReadAroundSpaces() {
        assertEquals(new PageRequest(30, 20), PageRequest.parse(" 30 ", "20", 10, 100));
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(new PageRequest(0, 1), PageRequest.parse("0", "1", 10, 100));
        assertEquals(new PageRequest(Integer.MAX_VALUE, 100),
                PageRequest.parse(String.valueOf(Integer.MAX_VALUE), "100", 10, 100));
    }

    @Test
    void negativeOffsetIsRejectedNamingOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PageRequest.parse("-1", null, 10, 100));
        assertEquals("offset must be between 0 and " + Integer.MAX_VALUE, e.getMessage());
    }

    @Test
    void sizeOutsideOneToMaxIsRejectedNamingSize() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PageRequest.parse(null, "0", 10, 100));
        assertEquals("size must be between 1 and 100", zero.getMessage());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> PageRequest.parse(null, "101", 10, 100));
        assertEquals("size must be between 1 and 100", tooBig.getMessage());
    }

    @Test
    void nonNumbersAreRejectedNamingTheParameter() {
        assertEquals("offset must be an integer", assertThrows(IllegalArgumentException.class,
                () -> PageRequest.parse("ten", null, 10, 100)).getMessage());
        assertEquals("size must be an integer", assertThrows(IllegalArgumentException.class,
                () -> PageRequest.parse(null, "2.5", 10, 100)).getMessage());
        assertEquals("offset must be an integer", assertThrows(IllegalArgumentException.class,
                () -> PageRequest.parse("99999999999", null, 10, 100)).getMessage());
    }
}
