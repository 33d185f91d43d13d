package org.polymetric.events.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;
import org.polymetric.kernel.tenancy.GameKeys;

/**
 * Finds the app an {@code app_key} names: the game from the kernel's {@link GameDirectory} (cached
 * there, unknown keys too; a pause, archive or new secret is seen at once on the instance that made
 * it and within a second elsewhere), and whether it requires checksums from this module's
 * {@code events_app}, kept for {@link #KEEP} per game (so a change of that setting takes effect
 * within that time on every instance). In steady state an SDK request costs no query here. A key
 * that is not of the kernel's key format ({@code GameKeys}: 40 hex characters) is unknown without
 * being looked up or kept.
 */
@ApplicationScoped
public class AppDirectory {
    static final Duration KEEP = Duration.ofSeconds(5);
    static final int MAX_KEPT = 100_000;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    GameDirectory games;

    private final Cache<Long, Boolean> checksumRequired = Caffeine.newBuilder()
            .maximumSize(MAX_KEPT).expireAfterWrite(KEEP).build();

    /** The app with this key, or empty when no game has it. */
    public Optional<App> byKey(String appKey) throws SQLException {
        if (!GameKeys.isKey(appKey)) {
            return Optional.empty();
        }
        Optional<GameCard> game = games.byKey(appKey);
        if (game.isEmpty()) {
            return Optional.empty();
        }
        GameCard g = game.get();
        return Optional.of(new App(g.id(), g.organizationId(), g.zone(), g.secret(), g.accepting(), checksumRequired(g.id())));
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

    private boolean checksumRequired(long gameId) throws SQLException {
        Boolean required = checksumRequired.getIfPresent(gameId);
        if (required == null) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT checksum_required FROM events_app WHERE game_id = ?")) {
                s.setLong(1, gameId);
                try (ResultSet r = s.executeQuery()) {
                    required = r.next() && r.getBoolean(1);
                }
            }
            checksumRequired.put(gameId, required);
        }
        return required;
    }
}
