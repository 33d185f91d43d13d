package org.polymetric.counters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KnownSeriesTest {
    private static SeriesKey key(int i) {
        return new SeriesKey(SeriesKey.GAME, 1, "Ccu", "eu", "public", "cluster-" + i);
    }

    @Test
    void keepsIdsUpToItsCapacityAndNoMore() {
        KnownSeries known = new KnownSeries(3);
        for (int i = 0; i < 10; i++) {
            known.keep(key(i), 100 + i);
        }
        assertEquals(3, known.size());
        assertEquals(Long.valueOf(100), known.id(key(0)));
        assertEquals(Long.valueOf(102), known.id(key(2)));
        assertNull(known.id(key(3)), "beyond the bound an id is looked up again");
    }
}
