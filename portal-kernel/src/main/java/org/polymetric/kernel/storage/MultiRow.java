package org.polymetric.kernel.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * One multi-row {@code INSERT} ({@link #upsert} or {@link #ignore}) sent in statements of at most
 * {@value #ROWS_PER_STATEMENT} rows (and under the server's 65 535 placeholders), in the order
 * given: callers pass rows sorted by primary key, so two writers take row locks in the same order
 * and wait on each other rather than deadlock. What modules that roll beacons up write per batch:
 * a few statements, none per beacon.
 */
public final class MultiRow<T> {
    public static final int ROWS_PER_STATEMENT = 1_000;
    private static final int MAX_PLACEHOLDERS = 65_535;

    /** Binds one row's values from {@code first} on; returns the next free index. */
    public interface Binder<T> {
        int bind(PreparedStatement s, int first, T row) throws SQLException;
    }

    private final String head;
    private final String tuple;
    private final String tail;
    private final int rowsPerStatement;
    private final Binder<T> binder;

    private MultiRow(String insert, String table, List<String> columns, String tail, Binder<T> binder) {
        this.head = insert + " INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        this.tail = tail;
        this.rowsPerStatement = Math.min(ROWS_PER_STATEMENT, MAX_PLACEHOLDERS / columns.size());
        this.binder = binder;
    }

    /**
     * {@code INSERT ... ON DUPLICATE KEY UPDATE update}.
     *
     * @param columns the columns in binding order
     */
    public static <T> MultiRow<T> upsert(String table, List<String> columns, String update, Binder<T> binder) {
        return new MultiRow<>("INSERT", table, columns, " ON DUPLICATE KEY UPDATE " + update, binder);
    }

    /** {@code INSERT IGNORE}: rows already there stay as they are (InnoDB locks them exclusively all the same). */
    public static <T> MultiRow<T> ignore(String table, List<String> columns, Binder<T> binder) {
        return new MultiRow<>("INSERT IGNORE", table, columns, "", binder);
    }

    /** Writes the rows; returns how many statements it took. */
    public int run(Connection c, List<T> rows) throws SQLException {
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
