package org.polymetric.export.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * One multi-row {@code INSERT} (with {@code IGNORE} or {@code ON DUPLICATE KEY UPDATE}) sent in
 * statements of at most {@value #ROWS_PER_STATEMENT} rows, in the order given: callers pass rows
 * in primary-key order, so two writers take row locks in the same order and wait on each other
 * rather than deadlock. A batch is some thousands of rows: a few statements, none per beacon.
 */
final class MultiRow<T> {
    static final int ROWS_PER_STATEMENT = 1_000;

    /** Binds one row's values from {@code first} on; returns the next free index. */
    interface Binder<T> {
        int bind(PreparedStatement s, int first, T row) throws SQLException;
    }

    private final String head;
    private final String tuple;
    private final String tail;
    private final Binder<T> binder;

    /**
     * @param insert  {@code INSERT INTO t} or {@code INSERT IGNORE INTO t}
     * @param columns the columns in binding order
     * @param tuple   one row's values, {@code (?,?,...)} (constants allowed)
     * @param tail    what follows the values ({@code ON DUPLICATE KEY UPDATE ...}), or {@code ""}
     */
    MultiRow(String insert, String columns, String tuple, String tail, Binder<T> binder) {
        this.head = insert + " (" + columns + ") VALUES ";
        this.tuple = tuple;
        this.tail = tail;
        this.binder = binder;
    }

    /** Writes the rows; returns how many statements it took. */
    int run(Connection c, List<T> rows) throws SQLException {
        int statements = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement s = c.prepareStatement(head + String.join(",", Collections.nCopies(chunk.size(), tuple)) + tail)) {
                int i = 1;
                for (T row : chunk) {
                    i = binder.bind(s, i, row);
                }
                s.executeUpdate();
            }
            statements++;
        }
        return statements;
    }
}
