package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The permission hierarchy through the real server: organization access implies its studios and
 * games, studio access its games, nothing crosses organizations; a token is bounded by its scope
 * and by its owner's current access. Probed through token creation (which needs the level on the
 * scope) and the home page (which shows exactly what the user can reach).
 */
class PermissionsIT extends PortalIT {

    static long org;
    static long otherOrg;
    static long studioA;
    static long studioB;
    static long gameA1;
    static long gameA2;
    static long gameB1;
    static long otherGame;
    static String orgViewer;
    static String orgAdmin;
    static String studioAdmin;
    static String gameViewer;
    static String outsider;

    @BeforeAll
    static void tenancy() {
        org = Fixtures.organization(Fixtures.unique("Acme"));
        studioA = Fixtures.studio(org, "Studio A");
        studioB = Fixtures.studio(org, "Studio B");
        gameA1 = Fixtures.game(studioA, "Game A1");
        gameA2 = Fixtures.game(studioA, "Game A2");
        gameB1 = Fixtures.game(studioB, "Game B1");
        otherOrg = Fixtures.organization(Fixtures.unique("Other"));
        otherGame = Fixtures.game(Fixtures.studio(otherOrg, "Other studio"), "Other game");
        orgViewer = Fixtures.user("orgviewer");
        Fixtures.grant(orgViewer, "organization", org, "viewer");
        orgAdmin = Fixtures.user("orgadmin");
        Fixtures.grant(orgAdmin, "organization", org, "admin");
        studioAdmin = Fixtures.user("studioadmin");
        Fixtures.grant(studioAdmin, "studio", studioA, "admin");
        gameViewer = Fixtures.user("gameviewer");
        Fixtures.grant(gameViewer, "game", gameB1, "viewer");
        outsider = Fixtures.user("outsider");
        Fixtures.grant(outsider, "organization", otherOrg, "owner");
    }

    /** Whether {@code email} may hold {@code level} on {@code resource} {@code id}, asked through token creation. */
    private int mayHold(String email, String resource, long id, String level) throws Exception {
        return client().postJson("/api/tokens",
                "{\"name\":\"probe\",\"scope\":{\"" + resource + "_id\":" + id + "},\"level\":\"" + level + "\"}",
                "Authorization", PortalClient.basic(email, Fixtures.PASSWORD)).statusCode();
    }

    @Test
    void organizationAccessReachesEveryStudioAndGameInside() throws Exception {
        assertEquals(201, mayHold(orgViewer, "organization", org, "viewer"));
        assertEquals(201, mayHold(orgViewer, "studio", studioB, "viewer"));
        assertEquals(201, mayHold(orgViewer, "game", gameA2, "viewer"));
        assertEquals(403, mayHold(orgViewer, "game", gameA2, "admin"), "no more than viewer");
        assertEquals(201, mayHold(orgAdmin, "game", gameB1, "admin"));
        assertEquals(403, mayHold(orgAdmin, "organization", org, "owner"));
    }

    @Test
    void studioAccessReachesItsGamesOnly() throws Exception {
        assertEquals(201, mayHold(studioAdmin, "studio", studioA, "admin"));
        assertEquals(201, mayHold(studioAdmin, "game", gameA1, "admin"));
        assertEquals(403, mayHold(studioAdmin, "game", gameB1, "viewer"), "a sibling studio's game");
        assertEquals(403, mayHold(studioAdmin, "studio", studioB, "viewer"));
        assertEquals(403, mayHold(studioAdmin, "organization", org, "viewer"), "not upwards");
    }

    @Test
    void gameAccessReachesThatGameOnly() throws Exception {
        assertEquals(201, mayHold(gameViewer, "game", gameB1, "viewer"));
        assertEquals(403, mayHold(gameViewer, "game", gameA1, "viewer"));
        assertEquals(403, mayHold(gameViewer, "studio", studioB, "viewer"));
    }

    @Test
    void nothingCrossesOrganizations() throws Exception {
        assertEquals(403, mayHold(outsider, "organization", org, "viewer"));
        assertEquals(403, mayHold(outsider, "game", gameA1, "viewer"));
        assertEquals(403, mayHold(orgAdmin, "game", otherGame, "viewer"));
        assertEquals(403, mayHold(orgAdmin, "organization", otherOrg, "viewer"));
        assertEquals(403, mayHold(orgAdmin, "game", 987654321L, "viewer"), "a game that does not exist");
    }

    @Test
    void theHomePageShowsExactlyWhatAUserCanReach() throws Exception {
        assertEquals(List.of("Game A1", "Game A2", "Game B1"), gamesOnHome(orgViewer));
        assertEquals(List.of("Game A1", "Game A2"), gamesOnHome(studioAdmin));
        assertEquals(List.of("Game B1"), gamesOnHome(gameViewer));
        assertEquals(List.of("Other game"), gamesOnHome(outsider));
    }

    @Test
    void aTokenIsBoundedByItsScopeAndByItsOwnersCurrentAccess() throws Exception {
        String owner = Fixtures.user("shrinking");
        Fixtures.grant(owner, "organization", org, "admin");
        PortalClient c = client();
        String secret = PortalClient.json(c.postJson("/api/tokens",
                "{\"name\":\"g\",\"scope\":{\"game_id\":" + gameA1 + "},\"level\":\"admin\"}",
                "Authorization", PortalClient.basic(owner, Fixtures.PASSWORD))).getString("token");
        String auth = "Bearer " + secret;
        assertEquals("admin", PortalClient.json(c.get("/api/access/game/" + gameA1, "Authorization", auth)).getString("level"));
        assertEquals(404, c.get("/api/access/game/" + gameA2, "Authorization", auth).statusCode(), "outside the token's scope");
        assertEquals(404, c.get("/api/access/studio/" + studioA, "Authorization", auth).statusCode(), "not upwards");
        assertEquals("admin", PortalClient.json(c.get("/api/access/game/" + gameA2,
                "Authorization", PortalClient.basic(owner, Fixtures.PASSWORD))).getString("level"), "the owner can");
        // the owner is demoted, then loses their access: the token follows at once
        Fixtures.execute("UPDATE access a JOIN `user` u ON u.id = a.user_id SET a.level = 'viewer' WHERE u.email = ?", owner);
        assertEquals("viewer", PortalClient.json(c.get("/api/access/game/" + gameA1, "Authorization", auth)).getString("level"));
        Fixtures.execute("DELETE a FROM access a JOIN `user` u ON u.id = a.user_id WHERE u.email = ?", owner);
        assertEquals(404, c.get("/api/access/game/" + gameA1, "Authorization", auth).statusCode());
    }

    @Test
    void theAccessEndpointReportsTheHighestLevelThroughTheHierarchy() throws Exception {
        PortalClient c = client();
        String viewer = PortalClient.basic(orgViewer, Fixtures.PASSWORD);
        assertEquals("viewer", PortalClient.json(c.get("/api/access/game/" + gameB1, "Authorization", viewer)).getString("level"));
        assertEquals("admin", PortalClient.json(c.get("/api/access/game/" + gameA2,
                "Authorization", PortalClient.basic(studioAdmin, Fixtures.PASSWORD))).getString("level"));
        assertEquals("owner", PortalClient.json(c.get("/api/access/organization/" + otherOrg,
                "Authorization", PortalClient.basic(outsider, Fixtures.PASSWORD))).getString("level"));
        assertEquals(404, c.get("/api/access/game/" + otherGame, "Authorization", viewer).statusCode());
        assertEquals(404, c.get("/api/access/game/987654321", "Authorization", viewer).statusCode());
        assertEquals(401, c.get("/api/access/game/" + gameB1).statusCode());
        assertEquals(404, c.get("/api/access/planet/1", "Authorization", viewer).statusCode());
    }

    private List<String> gamesOnHome(String email) throws Exception {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        Document home = c.page("/");
        assertFalse(home.select("section.organization").isEmpty(), home.html());
        List<String> games = home.select("li.game > span:first-child").eachText();
        assertTrue(games.stream().allMatch(g -> !g.isBlank()));
        return games.stream().sorted().toList();
    }
}
