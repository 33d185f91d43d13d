package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.RequestMemo;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * The app a read names with {@code app_id} (the game's id), checked against the caller's
 * access. A game that does not exist and one the caller may not view get the same answer, so a
 * read never tells another organization's ids apart.
 */
@ApplicationScoped
public class ReadApp {
    static final String NO_VIEW_RIGHT = "User does not have view right for this application";

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

    public Target resolve(String appId) {
        // Countly's order: app_id first, then credentials
        if (appId == null || appId.isEmpty()) {
            throw new Refusal(400, "Missing parameter \"app_id\"");
        }
        if (guard.current().isEmpty()) {
            throw new Refusal(400, "Missing parameter \"api_key\" or \"auth_token\"");
        }
        long id;
        try {
            id = Long.parseLong(appId.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(401, NO_VIEW_RIGHT);
        }
        if (id <= 0) {
            throw new Refusal(401, NO_VIEW_RIGHT);
        }
        // one read for where the game sits (the permission check then asks nothing), its zone and data version
        RollupReader.GameState game = rollups.gameState(id).orElseThrow(() -> new Refusal(401, NO_VIEW_RIGHT));
        RequestMemo.remember(ResourceType.GAME, id, new Containment(game.organizationId(), game.studioId(), id));
        if (!guard.can(Permissions.viewGame(id))) {
            throw new Refusal(401, NO_VIEW_RIGHT);
        }
        return new Target(id, Game.zoneOf(game.timezone()), game.dataVersion());
    }

}
