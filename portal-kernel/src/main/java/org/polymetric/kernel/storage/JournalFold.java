package org.polymetric.kernel.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One fold of a rollup journal: a table {@code (id BIGINT AUTO_INCREMENT, <blob column>)} that
 * writers append merged rows to, in their own transactions, and that a folder later adds to the
 * rollups. In one read-committed transaction it takes the oldest pending entries with a locking
 * read (read committed: the lock takes the rows, not the gap after them, so writers append
 * meanwhile), hands each to the caller as read, lets the caller write what they add up to, deletes
 * them by id and commits: each entry counts exactly once, also across crashes, and a second folder
 * (another thread or instance) waits on the rows, then finds them gone.
 */
public final class JournalFold {
    /** Takes one entry's bytes, as read. */
    @FunctionalInterface
    public interface Entry {
        void take(byte[] entry) throws SQLException;
    }

    /** Writes what the taken entries add up to, on the fold's transaction. */
    @FunctionalInterface
    public interface Apply {
        void apply(Connection c) throws SQLException;
    }

    private JournalFold() {
    }

    /**
     * Folds at most {@code most} entries of {@code table} (their bytes in {@code column}), oldest
     * first, on {@code c}, whose isolation and auto-commit are restored afterwards.
     *
     * @return the entries folded (0: the journal was empty, and {@code apply} was not called)
     */
    public static int once(Connection c, String table, String column, int most, Entry take, Apply apply) throws SQLException {
        int isolation = c.getTransactionIsolation();
        boolean autoCommit = c.getAutoCommit();
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setAutoCommit(false);
        try {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, " + column + " FROM " + table + " ORDER BY id LIMIT " + most + " FOR UPDATE");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    take.take(r.getBytes(2));
                }
            }
            if (!ids.isEmpty()) {
                apply.apply(c);
                // by id, not by range: an id between those taken may belong to a writer that commits only now
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM " + table + " WHERE id IN ("
                            + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
                }
            }
            c.commit();
            return ids.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
            c.setTransactionIsolation(isolation);
        }
    }
}
