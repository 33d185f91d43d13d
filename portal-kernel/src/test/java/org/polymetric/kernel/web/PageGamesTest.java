package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageGamesTest {
    @Test
    void readsAPathId() {
        assertEquals(42L, PageGames.id("42").getAsLong());
        assertEquals(999_999_999_999_999_999L, PageGames.id("999999999999999999").getAsLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "+1", " 1", "1x", "0x10", "1e3", "9999999999999999999", "١٢"})
    void anythingElseIsNoId(String raw) {
        assertTrue(PageGames.id(raw).isEmpty());
    }

    @Test
    void nullIsNoId() {
        assertTrue(PageGames.id(null).isEmpty());
    }

    @Test
    void aHugeSegmentIsNoId() {
        assertTrue(PageGames.id("1".repeat(1_000_000)).isEmpty());
    }
}
