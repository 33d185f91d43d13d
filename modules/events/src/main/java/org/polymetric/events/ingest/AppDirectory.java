package org.polymetric.events.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.storage.Storage;

/**
 * Finds the app an {@code app_key} names. Every SDK request asks, so answers are kept for
 * {@link #KEEP_MILLIS}: pausing a game, turning checksums on or rotating its secret takes effect
 * within that time on every instance. Unknown keys are kept too, so a stray SDK cannot make each
 * of its requests cost a query.
 */
@ApplicationScoped
public class AppDirectory {
    static final long KEEP_MILLIS = 5_000;
    private static final int MAX_KEPT = 100_000;
    private static final String FIND = "SELECT g.id, g.organization_id, g.timezone, g.secret_key, g.paused, g.is_disabled, "
            + "g.is_archived, COALESCE(a.checksum_required, FALSE) FROM game g LEFT JOIN events_app a ON a.game_id = g.id "
            + "WHERE g.game_key = ?";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    private record Kept(Optional<App> app, long until) {
    }

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    /** The app with this key, or empty when no game has it. */
    public Optional<App> byKey(String appKey) throws SQLException {
        long now = System.currentTimeMillis();
        Kept k = kept.get(appKey);
        if (k != null && k.until() > now) {
            return k.app();
        }
        Optional<App> app = load(appKey);
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(appKey, new Kept(app, now + KEEP_MILLIS));
        return app;
    }

    private Optional<App> load(String appKey) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FIND)) {
            s.setString(1, appKey);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                boolean accepting = !r.getBoolean(5) && !r.getBoolean(6) && !r.getBoolean(7);
                return Optional.of(new App(r.getLong(1), r.getLong(2), Game.zoneOf(r.getString(3)), r.getString(4), accepting,
                        r.getBoolean(8)));
            }
        }
    }

}
