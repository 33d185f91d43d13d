package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The organizations card on a game's overview: game Harbor (android) in studio North, reached by
 * the organization's owner Olga, the studio's admin Sam and the game's viewer Vic; Walt views
 * another game of the studio only. The people are shown to the organization's viewers only.
 */
class OrganizationsCardIT extends PortalIT {
    static long harbor;
    static long lighthouse;
    static String owner;
    static String studioAdmin;
    static String gameViewer;
    static String outsider;

    @BeforeEach
    void fixture() {
        if (owner != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("People card"));
        long north = Fixtures.studio(org, "North");
        harbor = Fixtures.game(north, "Harbor");
        lighthouse = Fixtures.game(north, "Lighthouse");
        owner = named("cardolga", "Olga", "Owner", "organization", org, "owner");
        studioAdmin = named("cardsam", "Sam", "Studio", "studio", north, "admin");
        gameViewer = named("cardvic", "Vic", "Viewer", "game", harbor, "viewer");
        named("cardwalt", "Walt", "Elsewhere", "game", lighthouse, "viewer");
        outsider = Fixtures.user("cardpeopleoutsider");
        Fixtures.grant(outsider, "organization", Fixtures.organization(Fixtures.unique("Theirs")), "owner");
    }

    private static String named(String prefix, String first, String last, String resource, long id, String level) {
        String email = Fixtures.user(prefix);
        Fixtures.execute("UPDATE `user` SET first_name = ?, last_name = ? WHERE email = ?", first, last, email);
        Fixtures.grant(email, resource, id, level);
        return email;
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theOrganizationsViewersSeeWhoseAccessReachesTheGame() {
        Element card = present(overview(signedIn(owner), harbor), "organizations");
        assertEquals("Game", card.selectFirst("h2").text());
        assertEquals(Map.of("Studio", "North", "Platform", "android", "People with access", "3"), OverviewCards.values(card));
        assertEquals(List.of(List.of("Olga Owner", "owner of the organization"), List.of("Sam Studio", "admin of the studio"),
                List.of("Vic Viewer", "viewer of the game")), OverviewCards.rows(card), "fullest access first; Walt's does not reach it");
        assertEquals("/organizations/games/" + harbor, OverviewCards.link(card));
    }

    @Test
    void aGamesViewerSeesTheStudioAndPlatformButNotThePeople() {
        Element card = present(overview(signedIn(gameViewer), harbor), "organizations");
        assertEquals(Map.of("Studio", "North", "Platform", "android"), OverviewCards.values(card));
        assertEquals(List.of(), OverviewCards.rows(card));
        assertFalse(card.text().contains("Olga"));
        Element studio = present(overview(signedIn(studioAdmin), lighthouse), "organizations");
        assertFalse(OverviewCards.values(studio).containsKey("People with access"), "a studio's admin is not the organization's viewer");
    }

    @Test
    void othersGetNoOverview() {
        assertEquals(404, OverviewCards.status(signedIn(gameViewer), lighthouse));
        assertEquals(404, OverviewCards.status(signedIn(outsider), harbor));
    }

    @Test
    void theListsAndTheGamesPageLinkToTheOverview() {
        PortalClient c = signedIn(gameViewer);
        assertEquals(List.of("/games/" + harbor), OverviewCards.overviewLinks(OverviewCards.page(c, "/organizations/games")));
        assertEquals(List.of("/games/" + harbor), OverviewCards.overviewLinks(OverviewCards.page(c, "/organizations")));
        assertEquals(List.of("/games/" + harbor), OverviewCards.overviewLinks(OverviewCards.page(c, "/organizations/games/" + harbor)));
    }
}
