package org.polymetric.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import org.polymetric.events.domain.Period;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.PageGames;

/**
 * The game a page is about (the kernel's {@link PageGames}: the themed 404 unless the caller may
 * view it), with the zone its days are cut in and the period the page shows.
 */
@ApplicationScoped
public class GameOnPage {
    /** The periods the pages offer, in Countly's words. */
    static final List<String> PERIODS = List.of("hour", "yesterday", "7days", "30days", "90days", "month");

    @Inject
    PageGames games;

    /** A game shown on a page, the zone its days are cut in and the period asked for. */
    public record Shown(Game game, ZoneId zone, Period period) {
        public long id() {
            return game.getId();
        }
    }

    public Shown resolve(String rawId, String period) {
        Game game = games.viewable(rawId);
        ZoneId zone = Game.zoneOf(game.getTimezone());
        String chosen = period == null || !PERIODS.contains(period) ? "30days" : period;
        return new Shown(game, zone, Period.parse(chosen, null, zone, java.time.LocalDate.now(zone)));
    }

}
