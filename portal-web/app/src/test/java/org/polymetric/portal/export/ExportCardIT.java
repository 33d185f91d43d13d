package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.polymetric.portal.OverviewCards.overview;
import static org.polymetric.portal.OverviewCards.present;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.OverviewCards;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/** The export card on a game's overview: a link to the game's export builder, for viewers of the game only. */
class ExportCardIT extends PortalIT {
    static long game;
    static long other;
    static String viewer;
    static String outsider;

    @BeforeEach
    void fixture() {
        if (viewer != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Export card"));
        long studio = Fixtures.studio(org, "Video");
        game = Fixtures.game(studio, "Replays");
        other = Fixtures.game(studio, "Trailers");
        outsider = Fixtures.user("exportcardoutsider");
        Fixtures.grant(outsider, "organization", Fixtures.organization(Fixtures.unique("Theirs")), "owner");
        viewer = Fixtures.user("exportcardviewer");
        Fixtures.grant(viewer, "game", game, "viewer");
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theCardLinksToTheBuilderWithTheGameChosen() {
        Element card = present(overview(signedIn(viewer), game), "export");
        assertEquals("Export", card.selectFirst("h2").text());
        assertEquals(Map.of(), OverviewCards.values(card), "no figures: the module keeps no saved exports");
        assertEquals(List.of(List.of("Formats", "CSV, JSON (API)")), OverviewCards.rows(card));
        assertEquals("/export/games/" + game, OverviewCards.link(card));
        assertEquals("Build an export of this game", card.selectFirst("a.card-link").text());
        OverviewCards.page(signedIn(viewer), OverviewCards.link(card));
    }

    @Test
    void othersGetNoOverview() {
        assertEquals(404, OverviewCards.status(signedIn(viewer), other), "a game of the organization the viewer has no access to");
        assertEquals(404, OverviewCards.status(signedIn(outsider), game));
    }

    @Test
    void theListAndTheBuilderLinkToTheOverview() {
        PortalClient c = signedIn(viewer);
        assertEquals(List.of("/games/" + game), OverviewCards.overviewLinks(OverviewCards.page(c, "/export")));
        assertEquals(List.of("/games/" + game), OverviewCards.overviewLinks(OverviewCards.page(c, "/export/games/" + game)));
    }
}
