package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bucket sizes: epoch-aligned, each dividing the next, and written only while still kept. */
class LevelTest {

    @Test
    void bucketsAreEpochAligned() {
        assertEquals(1_700_000_000_000L, Level.FIVE_SECONDS.floor(1_700_000_004_999L));
        assertEquals(-5_000L, Level.FIVE_SECONDS.floor(-1));
        assertEquals(1_699_920_000_000L, Level.DAY.floor(1_700_000_000_000L));
        assertEquals(300, Level.FIVE_MINUTES.code());
        Level[] levels = Level.values();
        for (int i = 1; i < levels.length; i++) {
            assertEquals(0, levels[i].millis() % levels[i - 1].millis());
        }
    }

    @Test
    void aBucketIsWrittenWhileItIsKept() {
        long now = 1_700_000_000_000L;
        long hour = 3_600_000L;
        assertTrue(Level.FIVE_SECONDS.keeps(Level.FIVE_SECONDS.floor(now), now));
        assertTrue(Level.FIVE_SECONDS.keeps(now - hour, now));         // ends within the hour kept
        assertFalse(Level.FIVE_SECONDS.keeps(now - hour - 5_000, now)); // ended an hour ago
        assertTrue(Level.FIVE_MINUTES.keeps(now - 47 * hour, now));
        assertFalse(Level.FIVE_MINUTES.keeps(now - 49 * hour, now));
        assertTrue(Level.DAY.keeps(Level.DAY.floor(now - 34 * 24 * hour), now));
    }
}
