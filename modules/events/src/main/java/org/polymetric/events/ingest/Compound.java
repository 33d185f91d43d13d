package org.polymetric.events.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch's writes sent to MariaDB as one compound statement ({@code BEGIN NOT ATOMIC … END}):
 * one round trip instead of one per statement. Each round trip is two thread wake-ups on a
 * machine whose cores are shared, and the writer's batch time, which every request waits for,
 * was mostly those. Values stay placeholders the driver binds and escapes, so this needs no
 * {@code allowMultiQueries}. The COMMIT goes in the same call; an error in any statement stops
 * it before the COMMIT, and the caller rolls the transaction back.
 */
final class Compound {
    private final List<String> statements = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Appends a statement whose placeholders take {@code bound}, in order. */
    void add(String statement, List<Object> bound) {
        statements.add(statement);
        values.addAll(bound);
    }

    /** Runs every statement added, in order, in the connection's current transaction, and commits it. */
    void commit(Connection c) throws SQLException {
        if (statements.isEmpty()) {
            c.commit();
            return;
        }
        String sql = "BEGIN NOT ATOMIC " + String.join("; ", statements) + "; COMMIT; END";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                bind(s, i + 1, values.get(i));
            }
            s.execute();
        }
    }

    /**
     * Binds with the typed setter: the server's JDBC wrapper makes {@code setObject} cost several
     * times a typed call, and a batch binds hundreds of values on the writer thread.
     */
    private static void bind(PreparedStatement s, int index, Object v) throws SQLException {
        if (v == null) {
            s.setNull(index, Types.NULL);
        } else if (v instanceof Long l) {
            s.setLong(index, l);
        } else if (v instanceof Integer n) {
            s.setInt(index, n);
        } else if (v instanceof String t) {
            s.setString(index, t);
        } else if (v instanceof Double d) {
            s.setDouble(index, d);
        } else if (v instanceof Boolean b) {
            s.setBoolean(index, b);
        } else if (v instanceof byte[] bytes) {
            s.setBytes(index, bytes);
        } else {
            s.setObject(index, v);
        }
    }
}
