package org.polymetric.events.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.storage.Storage;

/**
 * A game's ingest settings that only the Countly dialect has: whether its SDK requests must
 * carry a checksum salted with the game's secret. Admins of the game change it; the write API
 * sees the change within {@link AppDirectory}'s few seconds of keeping.
 */
@ApplicationScoped
public class IngestSettings {
    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    AccessGuard guard;

    public boolean mayChange(long gameId) {
        return guard.can(Permissions.adminGame(gameId));
    }

    public boolean checksumsRequired(long gameId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT checksum_required FROM events_app WHERE game_id = ?")) {
            s.setLong(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ingest settings of game " + gameId, e);
        }
    }

    /** @throws jakarta.ws.rs.ForbiddenException unless the caller administers the game */
    public void requireChecksums(long gameId, boolean required) {
        guard.require(Permissions.adminGame(gameId));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO events_app (game_id, checksum_required) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE checksum_required = VALUES(checksum_required)")) {
            s.setLong(1, gameId);
            s.setBoolean(2, required);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("saving the ingest settings of game " + gameId, e);
        }
    }
}
