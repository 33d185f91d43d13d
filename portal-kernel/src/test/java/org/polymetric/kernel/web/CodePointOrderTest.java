package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodePointOrderTest {
    @Test
    void sortsByCodePointNotByUtf16Unit() {
        List<String> names = new ArrayList<>(List.of("\uD83D\uDE00", "\uFFFD", "b", "", "a", "ab", "B"));
        names.sort(CodePointOrder.TEXT);
        assertEquals(List.of("", "B", "a", "ab", "b", "\uFFFD", "\uD83D\uDE00"), names);
    }

    @Test
    void equalTextIsEqualAndAPrefixComesFirst() {
        assertEquals(0, CodePointOrder.compare("x\uD83D\uDE00", "x\uD83D\uDE00"));
        assertEquals(-1, CodePointOrder.compare("x", "x\uD83D\uDE00"));
        assertEquals(1, CodePointOrder.compare("x\uD83D\uDE00", "x"));
    }
}
