package org.polymetric.portal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * {@code /games/{id}} and {@code /games} on the real WAR: who may open them (the game page's rule
 * is every module's game page's: anything a caller may not view is the themed 404), the header,
 * the links from the home page and the navigation.
 */
class GameOverviewIT extends PortalIT {

    private PortalClient signedIn(String email) throws Exception {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    private static void assertThemedNotFound(HttpResponse<String> r) {
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("class=\"content error-page\""), r.body());
    }

    @Test
    void anOwnerSeesTheGamesHeader() throws Exception {
        String orgName = Fixtures.unique("Header Org");
        long org = Fixtures.organization(orgName);
        long studio = Fixtures.studio(org, "Header Studio");
        long game = Fixtures.game(studio, "Header Game");
        String owner = Fixtures.user("ov-owner");
        Fixtures.grant(owner, "organization", org, "owner");
        PortalClient c = signedIn(owner);
        HttpResponse<String> r = c.get("/games/" + game);
        assertEquals(200, r.statusCode(), r.body());
        Document page = c.page("/games/" + game);
        assertEquals("Header Game", page.selectFirst("main h1").text());
        assertEquals("Header Studio", page.selectFirst("main .studio").text());
        assertEquals(orgName, page.selectFirst("main a.organization").text());
        assertEquals("/games?organization_id=" + org, page.selectFirst("main a.organization").attr("href"));
        assertFalse(page.html().contains("??"), "every text comes from a message bundle");
    }

    /** The five dialects of this build, in module order, each card linking to its module's page for the game. */
    private static final List<String> EVERY_MODULE = List.of("organizations", "events", "counters", "streamstats", "export");

    private static void assertEveryModulesCard(Document page, long game) {
        assertEquals(EVERY_MODULE, page.select("section.overview-card").eachAttr("data-module"));
        for (String module : EVERY_MODULE) {
            // the path of its page for the game (export's carries a prepared query)
            assertEquals(List.of("/" + module + "/games/" + game), page.select("section.overview-card[data-module=" + module
                    + "] a.card-link").eachAttr("href").stream().map(href -> href.replaceFirst("\\?.*", "")).toList(), module);
        }
        assertFalse(page.html().contains("??"), "every text comes from a message bundle");
    }

    @Test
    void everyModuleGivesOneCardInModuleOrderToAnOwnerAndToAViewerOfTheGameOnly() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("Cards Org"));
        long studio = Fixtures.studio(org, "Cards Studio");
        long game = Fixtures.game(studio, "Cards Game");
        String owner = Fixtures.user("ov-cards-owner");
        Fixtures.grant(owner, "organization", org, "owner");
        String viewer = Fixtures.user("ov-cards-viewer");
        Fixtures.grant(viewer, "game", game, "viewer");

        assertEveryModulesCard(signedIn(owner).page("/games/" + game), game);
        assertEveryModulesCard(signedIn(viewer).page("/games/" + game), game);
    }

    @Test
    void aGameTheCallerMayNotViewIsTheThemedNotFound() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("Access Org"));
        long studio = Fixtures.studio(org, "S");
        long mine = Fixtures.game(studio, "Mine");
        long notMine = Fixtures.game(studio, "Not mine");
        String player = Fixtures.user("ov-game-viewer");
        Fixtures.grant(player, "game", mine, "viewer");
        long other = Fixtures.organization(Fixtures.unique("Other Org"));
        long theirs = Fixtures.game(Fixtures.studio(other, "T"), "Theirs");

        PortalClient c = signedIn(player);
        assertEquals(200, c.get("/games/" + mine).statusCode());
        assertThemedNotFound(c.get("/games/" + notMine));
        assertThemedNotFound(c.get("/games/" + theirs));
        assertThemedNotFound(c.get("/games/999999999999"));
        assertThemedNotFound(c.get("/games/abc"));
        assertThemedNotFound(c.get("/games/1234567890123456789012"));

        String outsider = Fixtures.user("ov-outsider");
        Fixtures.grant(outsider, "organization", other, "owner");
        assertThemedNotFound(signedIn(outsider).get("/games/" + mine));
    }

    @Test
    void signedOutCallersAreSentToSignIn() throws Exception {
        for (String path : new String[]{"/games/1", "/games"}) {
            HttpResponse<String> r = client().get(path);
            assertTrue(r.statusCode() == 302 || r.statusCode() == 303, path + " " + r.statusCode());
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/login"), path);
        }
    }

    @Test
    void theOrganizationOverviewListsOnlyTheGamesTheCallerMayView() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("List Org"));
        long studio = Fixtures.studio(org, "S");
        long seen = Fixtures.game(studio, "Seen");
        long hidden = Fixtures.game(studio, "Hidden");
        String player = Fixtures.user("ov-list-viewer");
        Fixtures.grant(player, "game", seen, "viewer");
        long other = Fixtures.organization(Fixtures.unique("Elsewhere"));
        PortalClient c = signedIn(player);
        Document page = c.page("/games");
        assertEquals(List.of(String.valueOf(seen)), page.select("table.ranking tr[data-game]").eachAttr("data-game"));
        assertEquals("/games/" + seen, page.selectFirst("tr[data-game] a").attr("href"));
        // by its title and by anything that names its id (a row, a link); a bare number would also
        // match a sparkline's width or height
        assertFalse(page.html().contains("Hidden"), "the hidden game's title");
        assertTrue(page.select("[data-game=" + hidden + "], a[href$=/games/" + hidden + "]").isEmpty(), "the hidden game's row or link");
        assertThemedNotFound(c.get("/games?organization_id=" + other));
        assertThemedNotFound(c.get("/games?organization_id=abc"));
    }

    @Test
    void someoneInSeveralOrganizationsPicksOne() throws Exception {
        String both = Fixtures.user("ov-two-orgs");
        long a = Fixtures.organization("A " + Fixtures.unique("org"));
        long b = Fixtures.organization("B " + Fixtures.unique("org"));
        long inA = Fixtures.game(Fixtures.studio(a, "S"), "In A");
        long inB = Fixtures.game(Fixtures.studio(b, "S"), "In B");
        Fixtures.grant(both, "organization", a, "viewer");
        Fixtures.grant(both, "organization", b, "viewer");
        PortalClient c = signedIn(both);
        Document first = c.page("/games");
        assertEquals(List.of(String.valueOf(inA)), first.select("table.ranking tr[data-game]").eachAttr("data-game"),
                "the first organization by name");
        assertEquals(2, first.select("nav.organization-choice a").size());
        Document second = c.page(first.select("nav.organization-choice a").get(1).attr("href"));
        assertEquals(List.of(String.valueOf(inB)), second.select("table.ranking tr[data-game]").eachAttr("data-game"));
    }

    @Test
    void theHomePageLinksEachGameAndTheNavigationTheOverview() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("Home Org"));
        long game = Fixtures.game(Fixtures.studio(org, "S"), "Linked");
        String owner = Fixtures.user("ov-home");
        Fixtures.grant(owner, "organization", org, "owner");
        PortalClient c = signedIn(owner);
        Document home = c.page("/");
        assertEquals("/games/" + game, home.selectFirst("li.game a.game-overview").attr("href"));
        assertTrue(home.select("nav a").eachText().contains("Games"));
        assertEquals("Games", c.page("/games").selectFirst("nav a.active").text());
    }
}
