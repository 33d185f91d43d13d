package org.polymetric.export.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.export.domain.Dimension;
import org.polymetric.kernel.storage.Storage;

/**
 * Inserts a game's new values of a dimension into {@code export_value} and reads their ids back,
 * in a transaction of its own ({@code REQUIRES_NEW}): an id handed out is committed, so
 * {@link ValueIds} may keep it even when the batch that asked for it rolls back, and the unique
 * key's locks are not held for the whole batch. {@code INSERT IGNORE} makes two instances adding
 * the same value meet on one row. Values are keyed by {@code UNHEX(MD5(value))} (a unique key
 * cannot index 2 048 characters), worked out here over the value's UTF-8 bytes, as the server's
 * {@code MD5} does over its {@code utf8mb4}.
 */
@ApplicationScoped
public class ValueRows {
    static final int VALUES_PER_STATEMENT = 500;
    private static final Comparator<byte[]> HASH_ORDER = (x, y) -> ByteBuffer.wrap(x).compareTo(ByteBuffer.wrap(y));

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /**
     * The ids of the values, adding those not stored while the game has fewer than {@code most}
     * values of the dimension; the rest get the id of {@code other} (added if need be).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Integer> assign(long gameId, Dimension dimension, Collection<String> values, int most, String other) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Integer> ids = read(c, gameId, dimension, values);
            List<String> missing = new ArrayList<>();
            values.forEach(v -> {
                if (!ids.containsKey(v)) {
                    missing.add(v);
                }
            });
            if (missing.isEmpty()) {
                return ids;
            }
            long room = most - count(c, gameId, dimension);
            List<String> added = missing.subList(0, (int) Math.max(0, Math.min(room, missing.size())));
            List<String> over = missing.subList(added.size(), missing.size());
            List<String> insert = new ArrayList<>(added);
            if (!over.isEmpty()) {
                insert.add(other);
            }
            insert.sort(Comparator.comparing(ValueRows::hash, HASH_ORDER));
            insert(c, gameId, dimension, insert);
            Map<String, Integer> stored = read(c, gameId, dimension, insert);
            ids.putAll(stored);
            if (!over.isEmpty()) {
                Integer otherId = stored.get(other);
                over.forEach(v -> ids.put(v, otherId));
            }
            return ids;
        } catch (SQLException e) {
            throw new ValueFailure("storing " + values.size() + " export values", e);
        }
    }

    /** The stored ids of those of the values the game has under the dimension. */
    static Map<String, Integer> read(Connection c, long gameId, Dimension dimension, Collection<String> values) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += VALUES_PER_STATEMENT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + VALUES_PER_STATEMENT));
            Map<ByteBuffer, String> byHash = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, value_hash FROM " + Tables.VALUE
                    + " WHERE game_id = ? AND dimension = ? AND value_hash IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                s.setLong(1, gameId);
                s.setInt(2, dimension.ordinal());
                int i = 3;
                for (String v : chunk) {
                    byte[] h = hash(v);
                    byHash.put(ByteBuffer.wrap(h), v);
                    s.setBytes(i++, h);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String v = byHash.get(ByteBuffer.wrap(r.getBytes(2)));
                        if (v != null) {
                            ids.put(v, r.getInt(1));
                        }
                    }
                }
            }
        }
        return ids;
    }

    private static long count(Connection c, long gameId, Dimension dimension) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + Tables.VALUE + " WHERE game_id = ? AND dimension = ?")) {
            s.setLong(1, gameId);
            s.setInt(2, dimension.ordinal());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void insert(Connection c, long gameId, Dimension dimension, List<String> values) throws SQLException {
        new MultiRow<String>("INSERT IGNORE INTO " + Tables.VALUE, "game_id, dimension, value, value_hash", "(?,?,?,?)", "",
                (s, i, v) -> {
                    s.setLong(i, gameId);
                    s.setInt(i + 1, dimension.ordinal());
                    s.setString(i + 2, v);
                    s.setBytes(i + 3, hash(v));
                    return i + 4;
                }).run(c, values);
    }

    /** {@code UNHEX(MD5(value))}. */
    static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** The values could not be stored; {@link #lockConflict} when another transaction was in the way. */
    static final class ValueFailure extends RuntimeException {
        ValueFailure(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }

        boolean lockConflict() {
            return getCause() instanceof SQLException e && Storage.isLockConflict(e);
        }
    }
}
