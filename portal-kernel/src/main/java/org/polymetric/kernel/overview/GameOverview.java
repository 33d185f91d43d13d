package org.polymetric.kernel.overview;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.tenancy.GameCard;

/**
 * A module's part of a game's overview and of its organization's ranking of games. Implemented by
 * an application-scoped CDI bean in the module; the portal asks every implementation present and
 * orders their cards by the module's {@link org.polymetric.kernel.module.PortalModule#order()}.
 *
 * <p>Each method is called for a signed-in caller on a page request and must answer from rollups in
 * bounded time: a fixed number of indexed queries whatever the data's size, never a scan of raw rows.
 * The module checks its own access rule (its service's first line, as for its own pages): a caller
 * who may not view the module's data for a game gets no card and no figure for it, not an error.
 */
public interface GameOverview {

    /** The id of the module this belongs to ({@link org.polymetric.kernel.module.PortalModule#id()}). */
    String moduleId();

    /**
     * The module's card for {@code game}, or empty when the caller may not view this module's data
     * of it. A game without data yet still gets a card (its figures zero, or a link to set it up).
     */
    Optional<Card> card(GameCard game);

    /** The figures this module can rank an organization's games by (e.g. users, CCU, viewers); often none. */
    default List<Ranking> rankings() {
        return List.of();
    }

    /**
     * The figure {@code rankingKey} (one of {@link #rankings()}' keys) of each of {@code games} the
     * caller may view, with its trend; a game without data may be left out (it ranks as zero). The
     * games are one organization's, up to a thousand (the portal ranks no more): answer them with a
     * fixed number of queries whatever their number, never one per game.
     */
    default Map<Long, Ranked> rank(String rankingKey, Collection<GameCard> games) {
        return Map.of();
    }
}
