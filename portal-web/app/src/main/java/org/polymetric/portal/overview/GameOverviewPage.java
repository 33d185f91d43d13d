package org.polymetric.portal.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.web.PageGames;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /games/{id}}: one game across every module: its title, studio and organization, then
 * each module's card, in module order. A caller who may not view the game gets the themed 404
 * ({@link PageGames}), as on every module's game page.
 */
@Path("games/{id}")
@Produces(MediaType.TEXT_HTML)
public class GameOverviewPage {
    @Inject
    PageGames games;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    OverviewCards cards;

    @GET
    public View show(@PathParam("id") String id) {
        Game game = games.viewable(id);
        return View.of("portal/game").with("game", game)
                .with("studio", tenancy.studio(game.getStudioId()).orElse(null))
                .with("organization", tenancy.organization(game.getOrganizationId()).orElse(null))
                .with("cards", cards.of(GameCard.of(game)));
    }
}
