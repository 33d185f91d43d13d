package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.polymetric.portal.OverviewCards.overview;
import static org.polymetric.portal.OverviewCards.present;
import static org.polymetric.portal.counters.CountersFixture.bearer;
import static org.polymetric.portal.counters.CountersFixture.person;
import static org.polymetric.portal.counters.CountersFixture.token;
import static org.polymetric.portal.counters.CountersFixture.written;

import java.net.http.HttpResponse;
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
 * The counters card on a game's overview, from counters written through {@code /api/counters/write}
 * over the last hours: game Arena has Ccu in eu 100 (3 h ago), 300 (2 h ago), 120 (a minute ago)
 * and in us 50 (3 h ago), 80 (a minute ago), and Rooms 7 (eu) and 3 (us) a minute ago; game Quiet
 * has nothing. The organization's license Onprem (limit 1 000) had a CCU of 765 a minute ago.
 */
class CountersCardIT extends PortalIT {
    static long arena;
    static long quiet;
    static String ownerEmail;
    static String gameViewer;
    static String outsider;

    @BeforeEach
    void fixture() {
        if (ownerEmail != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Counters card"));
        long studio = Fixtures.studio(org, "Realtime");
        arena = Fixtures.game(studio, "Arena");
        quiet = Fixtures.game(studio, "Quiet");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", arena);
        String admin = token(client(), person("cardadmin", "organization", org, "admin"), "organization", org, "admin");
        gameViewer = person("cardgameviewer", "game", arena, "viewer");
        outsider = person("cardoutsider", "organization", Fixtures.organization(Fixtures.unique("Neighbour")), "owner");
        long now = System.currentTimeMillis() / 1000;
        written(client(), admin, "s", "Ccu,appid=" + key + ",region=eu value=100 " + (now - 3 * 3600) + "\n"
                + "Ccu,appid=" + key + ",region=eu value=300 " + (now - 2 * 3600) + "\n"
                + "Ccu,appid=" + key + ",region=eu value=120 " + (now - 60) + "\n"
                + "Ccu,appid=" + key + ",region=us value=50 " + (now - 3 * 3600) + "\n"
                + "Ccu,appid=" + key + ",region=us value=80 " + (now - 60) + "\n"
                + "Rooms,appid=" + key + ",region=eu value=7 " + (now - 60) + "\n"
                + "Rooms,appid=" + key + ",region=us value=3 " + (now - 60) + "\n");
        HttpResponse<String> license = client().postJson("/api/counters/licenses", "{\"organization_id\":" + org
                + ",\"name\":\"Onprem\",\"ccu_limit\":1000}", bearer(admin));
        assertEquals(201, license.statusCode(), license.body());
        String hash = PortalClient.json(license).getString("hash");
        written(client(), admin, "s", "CCU,hash=" + hash + " value=765 " + (now - 60) + "\n");
        ownerEmail = person("cardowner", "organization", org, "owner");
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theCardAddsRegionsUpAndShowsTheLicenseToTheOrganizationsViewers() {
        Element card = present(overview(signedIn(ownerEmail), arena), "counters");
        assertEquals("Counters", card.selectFirst("h2").text());
        assertEquals(Map.of("CCU now", "200", "Peak CCU (24 h)", "300", "Rooms now", "10",
                "License Onprem, peak CCU (24 h)", "765 of 1,000"), OverviewCards.values(card));
        assertEquals(List.of(List.of("eu", "120 now, peak 300"), List.of("us", "80 now, peak 80")), OverviewCards.rows(card));
        OverviewCards.figures(card).values().forEach(f -> assertEquals("neutral", f.direction(), "nothing to compare with"));
        assertEquals("CCU, last 24 hours", OverviewCards.trend(card));
        assertEquals("/counters/games/" + arena, OverviewCards.link(card));
    }

    @Test
    void aGamesViewerSeesItsFiguresButNotTheOrganizationsLicense() {
        Element card = present(overview(signedIn(gameViewer), arena), "counters");
        Map<String, String> values = OverviewCards.values(card);
        assertEquals(Map.of("CCU now", "200", "Peak CCU (24 h)", "300", "Rooms now", "10"), values);
        assertFalse(card.text().contains("Onprem"), "the license is the organization's");
        assertEquals(404, OverviewCards.status(signedIn(gameViewer), quiet));
        assertEquals(404, OverviewCards.status(signedIn(outsider), arena));
    }

    @Test
    void aGameWithoutCountersHasACardOfZeros() {
        Element card = present(overview(signedIn(ownerEmail), quiet), "counters");
        assertEquals("0", OverviewCards.values(card).get("CCU now"));
        assertEquals("0", OverviewCards.values(card).get("Peak CCU (24 h)"));
        assertEquals(List.of(), OverviewCards.rows(card));
    }

    @Test
    void theListAndTheGamesPageLinkToTheOverview() {
        PortalClient c = signedIn(gameViewer);
        assertEquals(List.of("/games/" + arena), OverviewCards.overviewLinks(OverviewCards.page(c, "/counters")));
        assertEquals(List.of("/games/" + arena), OverviewCards.overviewLinks(OverviewCards.page(c, "/counters/games/" + arena)));
    }
}
