package org.polymetric.streamstats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * One multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE} sent in statements of at most
 * {@value #ROWS_PER_STATEMENT} rows (and under the server's 65 535 placeholders), in the order
 * given: callers pass rows sorted by primary key, so two instances' writers take row locks in the
 * same order and wait on each other rather than deadlock.
 */
final class Upsert<T> {
    static final int ROWS_PER_STATEMENT = 1_000;
    private static final int MAX_PLACEHOLDERS = 65_535;

    /** Binds one row's values from {@code first} on; returns the next free index. */
    interface Binder<T> {
        int bind(PreparedStatement s, int first, T row) throws SQLException;
    }

    private final String head;
    private final String tuple;
    private final String tail;
    private final int rowsPerStatement;
    private final Binder<T> binder;

    /**
     * @param table   the table
     * @param columns its columns in binding order
     * @param update  the {@code ON DUPLICATE KEY UPDATE} assignments
     */
    Upsert(String table, List<String> columns, String update, Binder<T> binder) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        this.tail = " ON DUPLICATE KEY UPDATE " + update;
        this.rowsPerStatement = Math.min(ROWS_PER_STATEMENT, MAX_PLACEHOLDERS / columns.size());
        this.binder = binder;
    }

    /** Upserts the rows; returns how many statements it took. */
    int run(Connection c, List<T> rows) throws SQLException {
        int statements = 0;
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
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
