package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.ApiAuthenticationFilter;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.ReachFinder;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;

/**
 * The app a read names with {@code app_id} (the game's id), checked against the caller's
 * access, answered in Countly's words and order: {@code app_id} first, then credentials (none:
 * 400; refused by the kernel: 401 {@code User does not exist}, or the kernel's throttling and
 * rate-limit statuses), then the app (none with that id, or one of an organization the caller
 * does not belong to: 401 {@code App does not exist}, so ids of other organizations cannot be
 * probed; one of the caller's organization the caller may not view: 401 {@code User does not have
 * right}), as DIALECTS.md's table lists.
 */
@ApplicationScoped
public class ReadApp {
    static final String NO_APP = "App does not exist";
    static final String NO_RIGHT = "User does not have right";
    static final String NO_USER = "User does not exist";

    /**
     * A readable app: its id, the zone its buckets are cut in, and its data version as this read
     * found it (answers kept under it are exact).
     */
    public record Target(long gameId, ZoneId zone, long dataVersion) {
        public LocalDate today() {
            return LocalDate.now(zone);
        }
    }

    @Inject
    AccessGuard guard;

    @Inject
    RollupReader rollups;

    @Inject
    GameDirectory games;

    @Inject
    ReachFinder reach;

    /** Countly's first check of every read: 400 when the call names no app. */
    public static void requireAppId(String appId) {
        if (appId == null || appId.isEmpty()) {
            throw new Refusal(400, "Missing parameter \"app_id\"");
        }
    }

    /**
     * @param refused what the kernel said of credentials it refused (the call then runs without
     *                them), or null
     */
    public Target resolve(String appId, ApiAuthenticationFilter.Refused refused) {
        // Countly's order: app_id first, then credentials
        requireAppId(appId);
        if (refused != null) {
            throw new Refusal(refused.status(), refused.status() == 401 ? NO_USER : refused.message());
        }
        if (guard.current().isEmpty()) {
            throw new Refusal(400, "Missing parameter \"api_key\" or \"auth_token\"");
        }
        long id;
        try {
            id = Long.parseLong(appId.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(401, NO_APP);
        }
        if (id <= 0) {
            throw new Refusal(401, NO_APP);
        }
        // the kernel's cached card: the permission check below finds the game's place there too
        GameCard game = card(id).orElseThrow(() -> new Refusal(401, NO_APP));
        if (!guard.can(Permissions.viewGame(id))) {
            // Countly answers an app of another organization as one that does not exist
            boolean ours = reach.organizationOf(game.organizationId()).isPresent();
            throw new Refusal(401, ours ? NO_RIGHT : NO_APP);
        }
        return new Target(id, game.zone(), rollups.dataVersion(id));
    }

    private Optional<GameCard> card(long id) {
        try {
            return games.byId(id);
        } catch (SQLException e) {
            throw new IllegalStateException("the game could not be read", e);
        }
    }

}
