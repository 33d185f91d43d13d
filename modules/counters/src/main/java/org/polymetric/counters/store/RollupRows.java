package org.polymetric.counters.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.polymetric.counters.domain.Rollup;
import org.polymetric.kernel.storage.Storage;

/**
 * Rollup rows of one table as SQL: upserts that add rollups to the rows of their series and
 * bucket, in key order (two writers of the same rows never wait on each other in opposite
 * orders).
 */
final class RollupRows {
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int ATTEMPTS = 4;
    private static final String UPSERT_TAIL = " ON DUPLICATE KEY UPDATE "
            // `last` first: MariaDB assigns left to right, so it still compares with the old last_at
            + "last = IF(VALUES(last_at) >= last_at, VALUES(last), last), last_at = GREATEST(last_at, VALUES(last_at)), "
            + "count = count + VALUES(count), sum = sum + VALUES(sum), min = LEAST(min, VALUES(min)), "
            + "max = GREATEST(max, VALUES(max))";

    /** A row's key: the series and the bucket's start (epoch seconds); ordered as the primary key. */
    record Key(long seriesId, long at) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(seriesId, o.seriesId);
            return c != 0 ? c : Long.compare(at, o.at);
        }
    }

    private RollupRows() {
    }

    /** The entries sorted by key. */
    static List<Map.Entry<Key, Rollup>> sorted(Map<Key, Rollup> rows) {
        List<Map.Entry<Key, Rollup>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        return sorted;
    }

    /**
     * Multi-row upserts with the values written into the statement: they are all numbers this
     * class formats itself (finite doubles, longs), so nothing can be injected, and the driver
     * has no placeholders to parse and no values to encode one by one: with thousands of them a
     * statement, that would be the larger part of a write's work in the portal.
     */
    static void upsert(Connection c, String table, List<Map.Entry<Key, Rollup>> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Map.Entry<Key, Rollup>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                StringBuilder sql = new StringBuilder(64 + chunk.size() * 96).append("INSERT INTO ").append(table)
                        .append(" (series_id, at, count, sum, min, max, last, last_at) VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    Key k = chunk.get(i).getKey();
                    Rollup r = chunk.get(i).getValue();
                    // a minute of one sample has the same sum, min, max and last: formatting a double costs
                    String sum = finite(r.sum());
                    sql.append(i == 0 ? "(" : ",(").append(k.seriesId()).append(',').append(k.at()).append(',').append(r.count())
                            .append(',').append(sum).append(',').append(same(r.min(), r.sum(), sum)).append(',')
                            .append(same(r.max(), r.sum(), sum)).append(',').append(same(r.last(), r.sum(), sum)).append(',')
                            .append(r.lastAt().toEpochMilli()).append(')');
                }
                s.executeUpdate(sql.append(UPSERT_TAIL).toString());
            }
        }
    }

    /** {@code v} as SQL text, which is {@code text} when {@code v} is {@code known} (compared bit for bit: -0.0 is not 0.0). */
    private static String same(double v, double known, String text) {
        return Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(known) ? text : finite(v);
    }

    /** A double as SQL text; the write refuses non-finite values, so one here is a bug, not input. */
    private static String finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a rollup value is not finite: " + v);
        }
        return Double.toString(v);
    }

    /** Work on the database that a deadlock or lock wait timeout may abort. */
    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * The work's result, run again (up to {@value #ATTEMPTS} times in all) while it fails on a
     * deadlock or lock wait timeout, which a new attempt may pass; any other failure, or the last,
     * is thrown as {@code what} failing.
     */
    static <T> T retried(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (SQLException e) {
                if (!Storage.isLockConflict(e) || attempt == ATTEMPTS) {
                    throw new IllegalStateException(what, e);
                }
            }
        }
    }

    /** {@code n} placeholders, comma-separated, for an IN list. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
