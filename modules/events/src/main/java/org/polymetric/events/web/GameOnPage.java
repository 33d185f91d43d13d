package org.polymetric.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.ZoneId;
import java.util.List;
import org.polymetric.events.domain.Period;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.TenancyDirectory;

/**
 * The game a page is about, for a signed-in caller who may view it; anything else is the themed
 * 404, so a page never tells another organization's game ids apart from unknown ones.
 */
@ApplicationScoped
public class GameOnPage {
    /** The periods the pages offer, in Countly's words. */
    static final List<String> PERIODS = List.of("hour", "yesterday", "7days", "30days", "90days", "month");

    @Inject
    AccessGuard guard;

    @Inject
    TenancyDirectory tenancy;

    /** A game shown on a page, the zone its days are cut in and the period asked for. */
    public record Shown(Game game, ZoneId zone, Period period) {
        public long id() {
            return game.getId();
        }
    }

    public Shown resolve(String rawId, String period) {
        guard.requireUser();
        long id;
        try {
            id = Long.parseLong(rawId);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        if (!guard.can(Permissions.viewGame(id))) {
            throw new NotFoundException();
        }
        Game game = tenancy.game(id).orElseThrow(NotFoundException::new);
        ZoneId zone = Game.zoneOf(game.getTimezone());
        String chosen = period == null || !PERIODS.contains(period) ? "30days" : period;
        return new Shown(game, zone, Period.parse(chosen, null, zone, java.time.LocalDate.now(zone)));
    }

}
