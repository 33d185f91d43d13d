package org.polymetric.events.read;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.storage.LaggingReads;
import org.polymetric.kernel.tenancy.GameActivity;

/**
 * The kernel's per-game activity for the organizations module (GameAnalytics' DAU/WAU/MAU):
 * devices last seen within the past 1, 7 and 30 days, counted on the device table's
 * (game, last seen) index.
 */
@ApplicationScoped
public class DeviceActivity implements GameActivity {
    private static final long DAY = 86_400;

    /** Reads that may lag: a replica's, in the requests that allow it. */
    @Inject
    LaggingReads reads;

    @Override
    public Map<Long, Active> of(Collection<Long> gameIds) {
        if (gameIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(gameIds);
        long now = System.currentTimeMillis() / 1000;
        String sql = "SELECT game_id, SUM(last_seen >= ?), SUM(last_seen >= ?), COUNT(*) FROM events_device "
                + "WHERE game_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ") AND last_seen >= ? "
                + "GROUP BY game_id";
        Map<Long, Active> out = new HashMap<>();
        try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, now - DAY);
            s.setLong(2, now - 7 * DAY);
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 3, ids.get(i));
            }
            s.setLong(ids.size() + 3, now - 30 * DAY);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new Active(r.getLong(2), r.getLong(3), r.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("activity could not be read", e);
        }
        return out;
    }
}
