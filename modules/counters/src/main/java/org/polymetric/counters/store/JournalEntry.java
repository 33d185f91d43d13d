package org.polymetric.counters.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.polymetric.counters.domain.Rollup;

/**
 * One write's hour rollups as the bytes of a journal row: a format byte, then 64 bytes a rollup
 * (series id, hour, count, sum, min, max, last, last_at in milliseconds). Binary rather than
 * text: a 5 000-line write's 1 000 hours are 64 KB, read back without parsing a number.
 */
final class JournalEntry {
    private static final byte FORMAT = 1;
    private static final int ROW = 64;

    private JournalEntry() {
    }

    static byte[] encode(List<Map.Entry<RollupRows.Key, Rollup>> hours) {
        ByteBuffer b = ByteBuffer.allocate(1 + hours.size() * ROW).put(FORMAT);
        for (Map.Entry<RollupRows.Key, Rollup> e : hours) {
            Rollup r = e.getValue();
            b.putLong(e.getKey().seriesId()).putLong(e.getKey().at()).putLong(r.count()).putDouble(r.sum())
                    .putDouble(r.min()).putDouble(r.max()).putDouble(r.last()).putLong(r.lastAt().toEpochMilli());
        }
        return b.array();
    }

    /** Adds the entry's rollups to {@code into}, merged with those of the same key already there. */
    static void decodeInto(byte[] entry, Map<RollupRows.Key, Rollup> into) {
        if (entry.length == 0 || entry[0] != FORMAT || (entry.length - 1) % ROW != 0) {
            throw new IllegalArgumentException("not a counters journal entry of format " + FORMAT + " (" + entry.length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(entry, 1, entry.length - 1);
        while (b.hasRemaining()) {
            RollupRows.Key key = new RollupRows.Key(b.getLong(), b.getLong());
            Rollup r = new Rollup(b.getLong(), b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble(),
                    Instant.ofEpochMilli(b.getLong()));
            into.merge(key, r, Rollup::plus);
        }
    }
}
