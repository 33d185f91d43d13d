package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** kbps = bytes × 8 / 1000 / seconds; total = cdn + p2p. */
class ThroughputTest {

    @Test
    void bytesOverSecondsInKilobitsPerSecond() {
        // 25 000 000 bytes in 5 s = 200 000 000 bits / 5 s = 40 000 kbps (the seed's cdn figure)
        Throughput t = Throughput.of(25_000_000, 112_500_000, 5_000);
        assertEquals(40_000.0, t.cdn());
        assertEquals(180_000.0, t.p2p());
        assertEquals(220_000.0, t.total());
        assertEquals(0.0, Throughput.kbps(0, 86_400_000));
        assertEquals(0.008, Throughput.kbps(1, 1_000));
    }

    @Test
    void aWindowHasALength() {
        assertThrows(IllegalArgumentException.class, () -> Throughput.kbps(1, 0));
    }
}
