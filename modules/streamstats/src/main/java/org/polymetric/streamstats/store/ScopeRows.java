package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.Scope;

/**
 * Inserts scopes into {@code streamstats_scope} and reads their ids back, in a transaction of its
 * own ({@code REQUIRES_NEW}): an id handed out is committed, so {@link ScopeIds} may keep it even
 * when the batch that asked for it rolls back, and the scope's unique-key lock is not held for the
 * whole batch. {@code INSERT ... ON DUPLICATE KEY UPDATE} makes two instances adding the same scope
 * meet on one row; a reported {@code stream_uri} replaces the stored one, an empty one does not.
 * The key's columns compare with trailing spaces ignored ({@code utf8mb4_bin} pads), so
 * {@code "news "} is the row of {@code "news"}: rows read back are matched that way.
 */
@ApplicationScoped
public class ScopeRows {
    private static final int ROWS_PER_STATEMENT = 500;
    private static final String KEY = "game_id, kind, channel_id, stream_id, bitrate, representation_id";

    /** A stored scope: its id and its latest {@code stream_uri}. */
    record Stored(long id, String streamUri) {
    }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** Upserts the scopes (in the order given: sorted by key) with their stream URIs and returns what is stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<ScopeKey, Stored> upsert(List<Map.Entry<ScopeKey, String>> scopes) {
        Map<ScopeKey, Stored> out = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < scopes.size(); from += ROWS_PER_STATEMENT) {
                List<Map.Entry<ScopeKey, String>> chunk = scopes.subList(from, Math.min(scopes.size(), from + ROWS_PER_STATEMENT));
                insert(c, chunk);
                read(c, chunk, out);
            }
        } catch (SQLException e) {
            throw new ScopeFailure("storing " + scopes.size() + " streamstats scopes", e);
        }
        return out;
    }

    private static void insert(Connection c, List<Map.Entry<ScopeKey, String>> chunk) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO streamstats_scope (" + KEY + ", stream_uri) VALUES "
                + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?)"))
                + " ON DUPLICATE KEY UPDATE stream_uri = IF(VALUES(stream_uri) = '', stream_uri, VALUES(stream_uri))")) {
            int i = 1;
            for (Map.Entry<ScopeKey, String> e : chunk) {
                i = bindKey(s, i, e.getKey());
                s.setString(i++, e.getValue());
            }
            s.executeUpdate();
        }
    }

    private static void read(Connection c, List<Map.Entry<ScopeKey, String>> chunk, Map<ScopeKey, Stored> out)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, stream_uri, " + KEY + " FROM streamstats_scope WHERE ("
                + KEY + ") IN (" + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?)")) + ")")) {
            int i = 1;
            for (Map.Entry<ScopeKey, String> e : chunk) {
                i = bindKey(s, i, e.getKey());
            }
            Map<ScopeKey, Stored> found = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Scope scope = new Scope(kind(r.getString(4).charAt(0)), r.getString(5), r.getString(6), r.getString(7),
                            r.getString(8));
                    found.put(new ScopeKey(r.getLong(3), scope).padless(), new Stored(r.getLong(1), r.getString(2)));
                }
            }
            for (Map.Entry<ScopeKey, String> e : chunk) {
                Stored stored = found.get(e.getKey().padless());
                if (stored != null) {
                    out.put(e.getKey(), stored);
                }
            }
        }
    }

    private static int bindKey(PreparedStatement s, int first, ScopeKey k) throws SQLException {
        int i = first;
        s.setLong(i++, k.gameId());
        s.setString(i++, String.valueOf(k.scope().kind().code()));
        s.setString(i++, k.scope().channelId());
        s.setString(i++, k.scope().streamId());
        s.setString(i++, k.scope().bitrate());
        s.setString(i++, k.scope().representationId());
        return i;
    }

    private static Scope.Kind kind(char code) {
        for (Scope.Kind k : Scope.Kind.values()) {
            if (k.code() == code) {
                return k;
            }
        }
        throw new IllegalStateException("unknown scope kind " + code);
    }

    /** The scopes could not be stored; {@link #lockConflict} when another transaction was in the way. */
    static final class ScopeFailure extends RuntimeException {
        ScopeFailure(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }

        boolean lockConflict() {
            return getCause() instanceof SQLException e && Storage.isLockConflict(e);
        }
    }
}
