package org.polymetric.events.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.kernel.tenancy.GameKeys;

/**
 * Finds the app an {@code app_key} names. Every SDK request asks, so answers are kept for
 * {@link #KEEP}: pausing a game, turning checksums on or rotating its secret takes effect within
 * that time on every instance. Unknown keys are kept too, so a stray SDK cannot make each of its
 * requests cost a query; the cache is bounded by entries and age, so a flood of made-up keys
 * cannot grow it. A key that is not of the kernel's key format ({@code GameKeys}: 40 hex
 * characters) is unknown without being looked up or kept.
 */
@ApplicationScoped
public class AppDirectory {
    static final Duration KEEP = Duration.ofSeconds(5);
    static final int MAX_KEPT = 100_000;
    private static final String FIND = "SELECT g.id, g.organization_id, g.timezone, g.secret_key, g.paused, g.is_disabled, "
            + "g.is_archived, COALESCE(a.checksum_required, FALSE) FROM game g LEFT JOIN events_app a ON a.game_id = g.id "
            + "WHERE g.game_key = ?";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    private final Cache<String, Optional<App>> kept = Caffeine.newBuilder()
            .maximumSize(MAX_KEPT).expireAfterWrite(KEEP).build();

    /** The app with this key, or empty when no game has it. */
    public Optional<App> byKey(String appKey) throws SQLException {
        if (!GameKeys.isKey(appKey)) {
            return Optional.empty();
        }
        Optional<App> app = kept.getIfPresent(appKey);
        if (app == null) {
            app = load(appKey);
            kept.put(appKey, app);
        }
        return app;
    }

    /**
     * The app with this key, or Countly's refusal: 400 {@code App does not exist}, 503 when the
     * database does not answer.
     */
    public App require(String appKey) {
        try {
            return byKey(appKey).orElseThrow(() -> new Refusal(400, "App does not exist"));
        } catch (SQLException e) {
            throw Refusal.busy();
        }
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
