package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;

/** {@code /organizations/games} and {@code /organizations/games/{id}}: list, create, keys, edit, archive, icon. */
class GamesPageIT extends OrganizationsIT {

    private static List<String> titles(Document page) {
        return page.select("table.games a.title").eachText();
    }

    private static String column(String column, long game) {
        return Fixtures.text("SELECT " + column + " FROM game WHERE id = ?", game);
    }

    @Test
    void everyoneSeesTheGamesTheyReach() {
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(page(signedIn(f.owner), "/organizations/games")));
        assertEquals(List.of("Alpha", "Beta"), titles(page(signedIn(f.studioAdmin), "/organizations/games")));
        assertEquals(List.of("Gamma"), titles(page(signedIn(f.gameViewer), "/organizations/games")));
        assertEquals(List.of("Other game"), titles(page(signedIn(f.neighbour), "/organizations/games")));
    }

    @Test
    void listsFilterAndSort() {
        PortalClient c = signedIn(f.owner);
        assertEquals(List.of("Gamma"), titles(page(c, "/organizations/games?studio=" + f.studioB)));
        Document filtered = page(c, "/organizations/games?title=ET");
        assertEquals(List.of("Beta"), titles(filtered));
        assertEquals("ET", filtered.selectFirst("form.filter input[name=title]").val(), "the filter keeps what was typed");
        assertEquals("", page(c, "/organizations/games").selectFirst("form.filter input[name=title]").val());
        Document descending = page(c, "/organizations/games?sort=title:desc");
        assertEquals(List.of("Gamma", "Beta", "Alpha"), titles(descending));
        assertEquals("Title ↓", descending.selectFirst("th a.sort[href*=title]").text());
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(page(c, descending.selectFirst("th a.sort[href*=title]").attr("href"))));
        assertEquals("3 games", descending.selectFirst("p.count").text());
    }

    @Test
    void studioAdminsCreateGamesInTheirStudios() {
        PortalClient c = signedIn(f.studioAdmin);
        Document list = page(c, "/organizations/games");
        assertEquals(List.of(Long.toString(f.studioA)), list.select("form.create-game select[name=studio_id] option").eachAttr("value"));
        String title = Fixtures.unique("Created on the page");
        HttpResponse<String> r = submit(c, "/organizations/games", "organization_id", Long.toString(f.org), "studio_id",
                Long.toString(f.studioA), "title", title, "platform", "ios", "sdk_used", "unity", "store_platform", "apple_app_store");
        assertEquals(303, r.statusCode());
        long id = Fixtures.count("SELECT id FROM game WHERE title = ?", title);
        assertEquals("/organizations/games/" + id + "?notice=created", redirect(r));
        assertTrue(column("game_key", id).matches("[0-9a-f]{40}"));
        assertEquals("apple_app_store", column("store_platform", id));
        Document game = page(c, redirect(r));
        assertEquals(title, game.selectFirst("h1 .title").text());
        assertEquals(column("game_key", id), game.selectFirst("code.key").text());

        long before = Fixtures.count("SELECT COUNT(*) FROM game");
        assertEquals(404, submit(c, "/organizations/games", "organization_id", Long.toString(f.org), "studio_id",
                Long.toString(f.studioB), "title", "Elsewhere", "platform", "ios", "sdk_used", "unity").statusCode(),
                "a studio outside one's reach is not found");
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM game"));
        Fixtures.execute("DELETE FROM game WHERE id = ?", id);
    }

    @Test
    void viewersGetNoCreateFormAndCannotCreate() {
        PortalClient c = signedIn(f.gameViewer);
        assertNull(page(c, "/organizations/games").selectFirst("form.create-game"));
        assertEquals(403, submit(c, "/organizations/games", "studio_id", Long.toString(f.studioB), "title", "Nope",
                "platform", "ios", "sdk_used", "unity").statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM game WHERE title = 'Nope'"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        PortalClient c = signedIn(f.owner);
        long before = Fixtures.count("SELECT COUNT(*) FROM game");
        String org = Long.toString(f.org);
        HttpResponse<String> badEnum = submit(c, "/organizations/games", "organization_id", org, "studio_id", Long.toString(f.studioA),
                "title", "Bad platform", "platform", "gameboy", "sdk_used", "unity");
        assertEquals(422, badEnum.statusCode());
        assertTrue(badEnum.body().contains("Platform must be one of"));
        assertEquals(422, submit(c, "/organizations/games", "organization_id", org, "studio_id", Long.toString(f.studioA),
                "title", "t".repeat(192), "platform", "ios", "sdk_used", "unity").statusCode());
        assertEquals(422, submit(c, "/organizations/games", "organization_id", org, "studio_id", "abc",
                "title", "No studio", "platform", "ios", "sdk_used", "unity").statusCode());
        assertEquals(404, submit(c, "/organizations/games", "organization_id", org, "studio_id", Long.toString(f.otherStudio),
                "title", "Their studio", "platform", "ios", "sdk_used", "unity").statusCode());
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM game"));

        HttpResponse<String> zone = submit(c, "/organizations/games/" + f.gameA1, "title", "Alpha", "platform", "android",
                "sdk_used", "unity", "timezone", "Mars/Olympus");
        assertEquals(422, zone.statusCode());
        assertTrue(zone.body().contains("not a known time zone"));
        assertEquals("UTC", column("timezone", f.gameA1));
    }

    @Test
    void theGamePageShowsTheSecretOnlyToAdmins() {
        Document viewer = page(signedIn(f.gameViewer), "/organizations/games/" + f.gameB1);
        assertEquals(column("game_key", f.gameB1), viewer.selectFirst("code.key").text());
        assertNull(viewer.selectFirst("code.secret-key"), "viewers do not see the secret");
        assertTrue(viewer.select("main form[method=post]").isEmpty(), "nor any form");
        assertFalse(viewer.html().contains(column("secret_key", f.gameB1)));

        Document owner = page(signedIn(f.owner), "/organizations/games/" + f.gameB1);
        assertEquals(column("secret_key", f.gameB1), owner.selectFirst("code.secret-key").text());
        assertNotNull(owner.selectFirst("button.copy[data-copy=game-secret]"));
        assertNotNull(owner.selectFirst("form.icon-upload img.preview"), "the icon form previews the chosen file");
        assertFalse(owner.html().contains("??"));
    }

    @Test
    void adminsRotateTheSecretAndEditTheGame() {
        PortalClient c = signedIn(f.owner);
        String key = column("game_key", f.gameA2);
        String secret = column("secret_key", f.gameA2);
        HttpResponse<String> rotated = submit(c, "/organizations/games/" + f.gameA2 + "/rotate-secret");
        assertEquals(303, rotated.statusCode());
        String fresh = column("secret_key", f.gameA2);
        assertNotEquals(secret, fresh);
        assertTrue(fresh.matches("[0-9a-f]{40}"));
        assertEquals(key, column("game_key", f.gameA2), "the key stays");
        Document page = page(c, redirect(rotated));
        assertEquals(fresh, page.selectFirst("code.secret-key").text());
        assertTrue(page.selectFirst(".alert.notice").text().startsWith("The secret key was replaced"));

        assertEquals(303, submit(c, "/organizations/games/" + f.gameA2, "title", "Beta Prime", "platform", "windows",
                "sdk_used", "cpp", "store_platform", "steam", "bundle_id", "com.acme.beta", "timezone", "Europe/Madrid").statusCode());
        assertEquals("Beta Prime", column("title", f.gameA2));
        assertEquals("Europe/Madrid", column("timezone", f.gameA2));
        assertEquals("steam", column("store_platform", f.gameA2));
        Fixtures.execute("UPDATE game SET title = 'Beta', platform = 'android', sdk_used = 'unity', store_platform = NULL, "
                + "bundle_id = NULL, timezone = 'UTC' WHERE id = ?", f.gameA2);
    }

    @Test
    void gameAdminsEditButOnlyStudioAdminsArchive() {
        String gameAdmin = Fixtures.user("gameadmin");
        Fixtures.grant(gameAdmin, "game", f.gameA1, "admin");
        PortalClient c = signedIn(gameAdmin);
        Document page = page(c, "/organizations/games/" + f.gameA1);
        assertNotNull(page.selectFirst("form.edit-game"));
        assertNull(page.selectFirst("form.archive"));
        assertEquals(403, submit(c, "/organizations/games/" + f.gameA1 + "/archive").statusCode());
        assertEquals("0", column("is_archived", f.gameA1));

        PortalClient studioAdmin = signedIn(f.studioAdmin);
        assertEquals(303, submit(studioAdmin, "/organizations/games/" + f.gameA1 + "/archive").statusCode());
        assertEquals("1", column("is_archived", f.gameA1));
        assertEquals("archived", page(studioAdmin, "/organizations/games/" + f.gameA1).selectFirst("h1 .tag").text());
        assertEquals(303, submit(studioAdmin, "/organizations/games/" + f.gameA1 + "/unarchive").statusCode());
        assertEquals("0", column("is_archived", f.gameA1));
    }

    @Test
    void viewersAndOutsidersChangeNothing() {
        String secret = column("secret_key", f.gameB1);
        PortalClient viewer = signedIn(f.gameViewer);
        assertEquals(403, submit(viewer, "/organizations/games/" + f.gameB1 + "/rotate-secret").statusCode());
        assertEquals(403, submit(viewer, "/organizations/games/" + f.gameB1, "title", "Mine", "platform", "ios", "sdk_used", "unity").statusCode());
        PortalClient neighbour = signedIn(f.neighbour);
        assertEquals(404, neighbour.get("/organizations/games/" + f.gameB1).statusCode());
        assertEquals(404, submit(neighbour, "/organizations/games/" + f.gameB1 + "/rotate-secret").statusCode());
        assertEquals(404, signedIn(f.studioAdmin).get("/organizations/games/" + f.gameB1).statusCode(), "outside their studio");
        assertEquals(403, forge(signedIn(f.owner), "/organizations/games/" + f.gameB1 + "/rotate-secret").statusCode());
        assertEquals(secret, column("secret_key", f.gameB1));
        assertEquals("Gamma", column("title", f.gameB1));
    }

    @Test
    void iconsAreUploadedFromTheGamePage() throws Exception {
        PortalClient c = signedIn(f.owner);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", c.csrfFrom("/"));
        HttpResponse<String> r = c.postBytes("/organizations/games/" + f.gameB1 + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, ImagesIT.multipart(fields, ImagesIT.png(64, 64)));
        assertEquals(303, r.statusCode());
        assertEquals("image/png", column("icon_type", f.gameB1));
        Document page = page(c, redirect(r));
        assertEquals("/api/organizations/images/game/" + f.gameB1, page.selectFirst("h1 img.icon").attr("src"));
        HttpResponse<String> huge = c.postBytes("/organizations/games/" + f.gameB1 + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, ImagesIT.multipart(fields, new byte[3 * 1024 * 1024]));
        assertEquals(413, huge.statusCode());
        HttpResponse<String> big = c.postBytes("/organizations/games/" + f.gameB1 + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, ImagesIT.multipart(fields, ImagesIT.png(1025, 8)));
        assertEquals(422, big.statusCode());
        Fixtures.execute("UPDATE game SET icon = NULL, icon_type = NULL WHERE id = ?", f.gameB1);
    }
}
