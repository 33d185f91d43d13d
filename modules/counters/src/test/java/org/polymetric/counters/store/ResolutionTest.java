package org.polymetric.counters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which rollup table a read takes: the finest still kept, or for xports the coarsest a step allows. */
class ResolutionTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static Instant ago(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void theFinestTableStillHoldingTheStart() {
        assertEquals(Resolution.MINUTE, Resolution.finestFor(ago(1), NOW));
        assertEquals(Resolution.MINUTE, Resolution.finestFor(ago(14), NOW));
        assertEquals(Resolution.HOUR, Resolution.finestFor(ago(15), NOW));
        assertEquals(Resolution.HOUR, Resolution.finestFor(ago(400), NOW));
        assertEquals(Resolution.DAY, Resolution.finestFor(ago(401), NOW));
    }

    @Test
    void anXportTakesTheCoarsestTableItsStepAllows() {
        assertEquals(Resolution.MINUTE, Resolution.forStep(1800, ago(1), NOW), "24 h by half hours: minutes");
        assertEquals(Resolution.HOUR, Resolution.forStep(3600, ago(2), NOW), "2 days by hours: hours");
        assertEquals(Resolution.HOUR, Resolution.forStep(21_600, ago(7), NOW), "7 days by 6 h: hours");
        assertEquals(Resolution.DAY, Resolution.forStep(86_400, ago(30), NOW), "30 days by days: days");
        assertEquals(Resolution.DAY, Resolution.forStep(1800, ago(500), NOW), "only days are kept that long ago");
    }

    @Test
    void bucketsStartOnTheirGrid() {
        assertEquals(1_764_633_600L, Resolution.DAY.floor(1_764_700_000L));
        assertEquals(1_764_698_400L, Resolution.HOUR.floor(1_764_700_000L));
        assertEquals(1_764_699_960L, Resolution.MINUTE.floor(1_764_700_000L));
    }
}
