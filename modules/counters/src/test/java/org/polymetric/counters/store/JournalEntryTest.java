package org.polymetric.counters.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.polymetric.counters.domain.Rollup;

/** A write's hours as a journal row: every field comes back as written, and entries merge as rollups do. */
class JournalEntryTest {
    private static final Instant T = Instant.parse("2026-12-03T10:15:30.250Z");

    private static Map.Entry<RollupRows.Key, Rollup> hour(long series, long at, Rollup r) {
        return Map.entry(new RollupRows.Key(series, at), r);
    }

    @Test
    void everyFieldComesBackAsWritten() {
        Rollup odd = new Rollup(7, -0.1 + 1e-17, -1e18, 1e18, Double.MIN_VALUE, T);
        Rollup plain = new Rollup(1, 3748, 3748, 3748, 3748, T.plusSeconds(60));
        Map<RollupRows.Key, Rollup> back = new TreeMap<>();
        JournalEntry.decodeInto(JournalEntry.encode(List.of(hour(1, 1_764_756_000L, odd), hour(Long.MAX_VALUE, 0, plain))), back);
        assertEquals(Map.of(new RollupRows.Key(1, 1_764_756_000L), odd, new RollupRows.Key(Long.MAX_VALUE, 0), plain), back);
    }

    @Test
    void entriesOfTheSameHourMergeAsRollupsDoInAnyOrder() {
        Rollup early = new Rollup(2, 30, 10, 20, 20, T);
        Rollup late = new Rollup(1, 5, 5, 5, 5, T.plusSeconds(600));
        byte[] first = JournalEntry.encode(List.of(hour(3, 3600, late)));
        byte[] second = JournalEntry.encode(List.of(hour(3, 3600, early), hour(4, 3600, early)));
        Map<RollupRows.Key, Rollup> inOrder = new HashMap<>();
        JournalEntry.decodeInto(first, inOrder);
        JournalEntry.decodeInto(second, inOrder);
        Rollup merged = new Rollup(3, 35, 5, 20, 5, T.plusSeconds(600));
        assertEquals(merged, inOrder.get(new RollupRows.Key(3, 3600)), "the later sample stays last whatever the order");
        assertEquals(early, inOrder.get(new RollupRows.Key(4, 3600)));
        assertEquals(2, inOrder.size());
    }

    @Test
    void anEmptyWriteIsAnEntryOfNoHours() {
        byte[] empty = JournalEntry.encode(List.of());
        assertArrayEquals(new byte[] {2}, empty);
        Map<RollupRows.Key, Rollup> back = new HashMap<>();
        JournalEntry.decodeInto(empty, back);
        assertEquals(Map.of(), back);
    }

    @Test
    void bytesOfAnotherFormatOrLengthAreRefused() {
        byte[] good = JournalEntry.encode(List.of(hour(1, 0, Rollup.of(T, 1))));
        Map<RollupRows.Key, Rollup> into = new HashMap<>();
        assertThrows(IllegalArgumentException.class, () -> JournalEntry.decodeInto(new byte[0], into));
        assertThrows(IllegalArgumentException.class, () -> JournalEntry.decodeInto(Arrays.copyOf(good, good.length - 1), into));
        byte[] future = good.clone();
        future[0] = 1;
        assertThrows(IllegalArgumentException.class, () -> JournalEntry.decodeInto(future, into));
        assertEquals(Map.of(), into);
    }
}
