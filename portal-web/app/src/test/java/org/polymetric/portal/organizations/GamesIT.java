package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;

/** GameAnalytics {@code /games}: shapes from the seed, paging, sorting, filters, expand, creation, access. */
class GamesIT extends OrganizationsIT {

    private List<String> titles(String email, String query) throws Exception {
        HttpResponse<String> r = get(email, "/games" + query);
        assertEquals(200, r.statusCode(), r.body());
        return PortalClient.json(r).getJsonArray("data").stream().map(v -> v.asJsonObject().getString("title")).toList();
    }

    @Test
    void listsShowEveryChangeAtOnceHoweverItIsMade() throws Exception {
        // answers are kept per organization state: a change by SQL, page or API must show on the next read
        String person = Fixtures.user("cachewatcher");
        Fixtures.grant(person, "studio", f.studioA, "viewer");
        assertTrue(titles(person, "?sort=title:asc").contains("Alpha"));
        Fixtures.execute("UPDATE game SET title = 'Alpha Two' WHERE id = ?", f.gameA1);
        List<String> renamed = titles(person, "?sort=title:asc");
        assertTrue(renamed.contains("Alpha Two") && !renamed.contains("Alpha"), renamed.toString());
        Fixtures.execute("UPDATE game SET title = 'Alpha' WHERE id = ?", f.gameA1);
        Fixtures.execute("DELETE FROM access WHERE user_id = (SELECT id FROM `user` WHERE email = ?)", person);
        Fixtures.grant(person, "game", f.gameA2, "viewer");
        assertEquals(List.of("Beta"), titles(person, "?sort=title:asc"), "a changed grant changes the list at once");
    }

    @Test
    void listAndItemHaveTheSeedsShape() throws Exception {
        JsonObject list = PortalClient.json(get(f.primaryOwner, "/games"));
        Golden.assertShape("organizations/list-meta.json", list.getJsonObject("meta"));
        assertEquals(3, list.getJsonObject("meta").getInt("total"));
        list.getJsonArray("data").forEach(g -> Golden.assertShape("organizations/game.json", g));
        JsonObject one = PortalClient.json(get(f.primaryOwner, "/games/" + f.gameA1)).getJsonObject("data");
        Golden.assertShape("organizations/game.json", one);
        assertEquals("Alpha", one.getString("title"));
        assertEquals(f.studioA, one.getJsonNumber("studio").longValue());
        assertEquals(f.org, one.getJsonNumber("organization").longValue());
        assertEquals(0, one.getJsonObject("metrics").getInt("DAU"), "no activity provider yet: zeros");
    }

    @Test
    void pagingSortingAndFilters() throws Exception {
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(f.owner, "?sort=title:asc"));
        assertEquals(List.of("Gamma", "Beta", "Alpha"), titles(f.owner, "?sort=title:desc"));
        assertEquals(List.of("Beta"), titles(f.owner, "?sort=title:asc&" + q("page[size]") + "=1&" + q("page[offset]") + "=1"));
        JsonObject paged = PortalClient.json(get(f.owner, "/games?" + q("page[size]") + "=1"));
        assertEquals(3, paged.getJsonObject("meta").getInt("total"), "total counts before paging");
        assertEquals(List.of("Alpha", "Beta"), titles(f.owner, "?sort=title:asc&" + q("filter[studio.id]") + "=" + f.studioA));
        JsonObject filtered = PortalClient.json(get(f.owner, "/games?" + q("filter[title]") + "=AM"));
        assertEquals(1, filtered.getJsonObject("meta").getInt("total"), "total counts after filtering");
        assertEquals("Gamma", filtered.getJsonArray("data").getJsonObject(0).getString("title"));
        assertEquals(List.of(), titles(f.owner, "?" + q("filter[title]") + "=" + q("%")), "wildcards are literal");
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(f.owner, "?sort=dau:desc"), "activity sorts fall back to id");
    }

    @Test
    void expandReplacesIdsWithObjects() throws Exception {
        JsonObject game = PortalClient.json(get(f.owner, "/games/" + f.gameB1 + "?" + q("expand[]") + "=studio&"
                + q("expand[]") + "=organization")).getJsonObject("data");
        Golden.assertShape("organizations/studio.json", game.getJsonObject("studio"));
        assertEquals("Studio B", game.getJsonObject("studio").getString("name"));
        assertEquals(f.org, game.getJsonObject("organization").getJsonNumber("id").longValue());
    }

    @Test
    void invalidParametersAre422WithEveryFaultListed() throws Exception {
        HttpResponse<String> r = get(f.owner, "/games?" + q("page[size]") + "=101&sort=title:up&" + q("filter[studio.id]")
                + "=x&" + q("expand[]") + "=planet&" + q("page[offset]") + "=-1");
        assertEquals(422, r.statusCode());
        List<String> fields = PortalClient.json(r).getJsonArray("detail").stream()
                .map(d -> d.asJsonObject().getJsonArray("loc").getString(1)).toList();
        assertEquals(List.of("page[size]", "page[offset]", "sort", "expand[]", "filter[studio.id]"), fields);
        JsonObject first = PortalClient.json(r).getJsonArray("detail").getJsonObject(0);
        assertEquals("query", first.getJsonArray("loc").getString(0));
        assertEquals("value_error.number.not_le", first.getString("type"));
        assertEquals(422, get(f.owner, "/games/abc").statusCode());
        assertEquals(422, get(f.owner, "/games?" + q("page[size]") + "=ten").statusCode());
    }

    @Test
    void createGivesFreshKeysAndValidatesTheBody() throws Exception {
        PortalClient c = client();
        String auth = OrganizationsFixture.basic(f.owner);
        HttpResponse<String> r = c.postJson("/api/organizations/games", "{\"studio_id\":" + f.studioB
                + ",\"title\":\"Delta\",\"sdk_used\":\"godot\",\"platform\":\"linux\",\"store_platform\":\"steam\",\"bundle_id\":\"com.acme.delta\"}",
                "Authorization", auth);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject game = PortalClient.json(r).getJsonObject("data");
        Golden.assertShape("organizations/game.json", game);
        assertTrue(game.getString("key").matches("[0-9a-f]{40}"));
        assertTrue(game.getString("secret_key").matches("[0-9a-f]{40}"));
        assertNotEquals(game.getString("key"), game.getString("secret_key"));
        assertEquals("com.acme.delta", game.getString("bundle_id"));

        long games = Fixtures.count("SELECT COUNT(*) FROM game");
        String[] bad = {
                "[1]",
                "{}",
                "{\"studio_id\":\"one\",\"title\":\"x\",\"sdk_used\":\"unity\",\"platform\":\"android\"}",
                "{\"studio_id\":" + f.studioB + ",\"title\":\"" + "t".repeat(192) + "\",\"sdk_used\":\"unity\",\"platform\":\"android\"}",
                "{\"studio_id\":" + f.studioB + ",\"title\":\"x\",\"sdk_used\":\"basic\",\"platform\":\"android\"}",
                "{\"studio_id\":" + f.studioB + ",\"title\":\"x\",\"sdk_used\":\"unity\",\"platform\":\"amiga\"}",
                "{\"studio_id\":" + f.studioB + ",\"title\":\"x\",\"sdk_used\":\"unity\",\"platform\":\"android\",\"store_platform\":\"Bazaar\"}",
                "{\"studio_id\":" + f.studioB + ",\"title\":\"  \",\"sdk_used\":\"unity\",\"platform\":\"android\"}",
        };
        for (String body : bad) {
            HttpResponse<String> reply = c.postJson("/api/organizations/games", body, "Authorization", auth);
            assertEquals(422, reply.statusCode(), body + " -> " + reply.body());
            assertTrue(PortalClient.json(reply).containsKey("detail"));
        }
        assertEquals(400, c.postJson("/api/organizations/games", "{broken", "Authorization", auth).statusCode());
        assertEquals(games, Fixtures.count("SELECT COUNT(*) FROM game"), "nothing was written");
    }

    @Test
    void anArchivedStudioTakesNoNewGames() throws Exception {
        long archived = Fixtures.studio(f.org, "Old studio");
        Fixtures.execute("UPDATE studio SET is_archived = TRUE, archived_at = NOW(3) WHERE id = ?", archived);
        HttpResponse<String> r = client().postJson("/api/organizations/games", "{\"studio_id\":" + archived
                + ",\"title\":\"Late\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", "Authorization", OrganizationsFixture.basic(f.owner));
        assertEquals(422, r.statusCode(), r.body());
    }

    @Test
    void everyoneSeesExactlyTheirGames() throws Exception {
        assertEquals(List.of("Alpha", "Beta"), titles(f.studioAdmin, "?sort=title:asc"));
        assertEquals(List.of("Gamma"), titles(f.gameViewer, ""));
        assertEquals(List.of("Other game"), titles(f.neighbour, ""));
        assertEquals(200, get(f.studioAdmin, "/games/" + f.gameA2).statusCode());
        assertEquals(404, get(f.studioAdmin, "/games/" + f.gameB1).statusCode());
        assertEquals(404, get(f.gameViewer, "/games/" + f.gameA1).statusCode());
        assertEquals(404, get(f.neighbour, "/games/" + f.gameA1).statusCode(), "other organizations' ids are not found");
        assertEquals(401, client().get("/api/organizations/games").statusCode());
    }

    @Test
    void creatingNeedsAdminOnTheStudio() throws Exception {
        String body = "{\"studio_id\":%d,\"title\":\"New\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}";
        PortalClient c = client();
        assertEquals(201, c.postJson("/api/organizations/games", String.format(body, f.studioA),
                "Authorization", OrganizationsFixture.basic(f.studioAdmin)).statusCode());
        assertEquals(404, c.postJson("/api/organizations/games", String.format(body, f.studioB),
                "Authorization", OrganizationsFixture.basic(f.studioAdmin)).statusCode());
        assertEquals(403, c.postJson("/api/organizations/games", String.format(body, f.studioB),
                "Authorization", OrganizationsFixture.basic(f.gameViewer)).statusCode(), "sees the studio, may not change it");
        assertEquals(404, c.postJson("/api/organizations/games", String.format(body, f.studioA),
                "Authorization", OrganizationsFixture.basic(f.neighbour)).statusCode());
        assertEquals(401, c.postJson("/api/organizations/games", String.format(body, f.studioA)).statusCode());
    }

    @Test
    void aTokenSeesItsScopeOnlyThroughTheGameAnalyticsHeader() throws Exception {
        PortalClient c = client();
        String secret = PortalClient.json(c.postJson("/api/tokens",
                "{\"name\":\"ga\",\"scope\":{\"game_id\":" + f.gameA1 + "},\"level\":\"viewer\"}",
                "Authorization", OrganizationsFixture.basic(f.owner))).getString("token");
        HttpResponse<String> r = c.get("/api/organizations/games", "x-api-key", secret);
        assertEquals(200, r.statusCode());
        assertEquals(1, PortalClient.json(r).getJsonObject("meta").getInt("total"));
        assertEquals(404, c.get("/api/organizations/games/" + f.gameA2, "x-api-key", secret).statusCode());
        String org = PortalClient.json(c.postJson("/api/tokens",
                "{\"name\":\"ga-org\",\"scope\":{\"organization_id\":" + f.org + "},\"level\":\"viewer\"}",
                "Authorization", OrganizationsFixture.basic(f.owner))).getString("token");
        assertEquals(3, PortalClient.json(c.get("/api/organizations/games", "x-api-key", org)).getJsonObject("meta").getInt("total"));
        assertEquals(403, c.postJson("/api/organizations/games", "{\"studio_id\":" + f.studioA
                + ",\"title\":\"No\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", "x-api-key", org).statusCode(), "a viewer token cannot create");
    }

    @Test
    void totalsFollowEveryChangeWhoeverMakesIt() throws Exception {
        OrganizationsFixture own = new OrganizationsFixture();
        int before = PortalClient.json(get(own.owner, "/games")).getJsonObject("meta").getInt("total");
        long added = Fixtures.game(own.studioB, "Written straight into the database");
        assertEquals(before + 1, PortalClient.json(get(own.owner, "/games")).getJsonObject("meta").getInt("total"));
        Fixtures.execute("DELETE FROM game WHERE id = ?", added);
        assertEquals(before, PortalClient.json(get(own.owner, "/games")).getJsonObject("meta").getInt("total"));
    }
}
