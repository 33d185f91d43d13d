package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;

/**
 * Input an attacker or a careless client sends the GameAnalytics API: each is refused fast with a
 * 4xx in the dialect's shape, stores nothing, and leaves the server answering normal requests.
 * Also the access rules those inputs probe (invisible ids, owners, secrets, upload rights).
 */
class OrganizationsHostileInputIT extends OrganizationsIT {
    /** Generous: the refusals below take milliseconds; the old code took seconds or more. */
    static final long FAST_MS = 3000;

    static String organizationAdmin;
    static String organizationViewer;

    @BeforeAll
    static void people() {
        organizationAdmin = OrganizationsFixture.person("hostileadmin", "organization", f.org, "admin");
        organizationViewer = OrganizationsFixture.person("hostileviewer", "organization", f.org, "viewer");
    }

    private String[] as(String email) {
        return new String[]{"Authorization", OrganizationsFixture.basic(email)};
    }

    /**
     * Runs the call, asserting it answered within {@link #FAST_MS}, then that a normal call still
     * works. A normal call first, so the time measured is not a cold server's first request.
     */
    private HttpResponse<String> fast(Callable<HttpResponse<String>> call) throws Exception {
        assertEquals(200, get(f.owner, "/games/" + f.gameA1).statusCode());
        long start = System.nanoTime();
        HttpResponse<String> r = call.call();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < FAST_MS, "answered in " + ms + " ms");
        assertEquals(200, get(f.owner, "/games/" + f.gameA1).statusCode(), "the server still answers");
        return r;
    }

    private static void assertDetailFor(HttpResponse<String> r, String field) {
        assertEquals(422, r.statusCode(), r.body());
        List<String> fields = PortalClient.json(r).getJsonArray("detail").stream()
                .map(d -> d.asJsonObject().getJsonArray("loc").getString(1)).toList();
        assertTrue(fields.contains(field), r.body());
    }

    private static long games() {
        return Fixtures.count("SELECT COUNT(*) FROM game");
    }

    /** A PNG signature and an IHDR declaring 50 000×50 000 pixels, then a little zlib data: a decompression bomb's start. */
    static byte[] pngBomb() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII));
        b.putInt(50_000).putInt(50_000).put(new byte[]{8, 2, 0, 0, 0}).putInt(0);
        b.putInt(8).put("IDAT".getBytes(StandardCharsets.US_ASCII)).put(new byte[]{0x78, (byte) 0xda, 0x63, 0, 0, 0, 0, 0}).putInt(0);
        return b.array();
    }

    private HttpResponse<String> upload(String email, byte[] file) throws Exception {
        return client().postBytes("/api/organizations/images", "multipart/form-data; boundary=" + ImagesIT.BOUNDARY,
                ImagesIT.multipart(Map.of("entity_type", "game", "game_id", Long.toString(f.gameA2)), file), as(email));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        HttpResponse<String> r = fast(() -> upload(f.owner, pngBomb()));
        assertDetailFor(r, "file");
        assertTrue(r.body().contains("larger than 1024"), r.body());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM game WHERE id = ? AND icon IS NOT NULL", f.gameA2), "nothing stored");
    }

    @Test
    void whoAdministersNothingIsRefusedBeforeTheBodyIsRead() throws Exception {
        // a megabyte of anything: refused for who it comes from, not for what it holds
        byte[] junk = new byte[1_000_000];
        HttpResponse<String> r = fast(() -> client().postBytes("/api/organizations/images",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, junk, as(f.gameViewer)));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(PortalClient.json(r).containsKey("detail"), r.body());
        assertEquals(403, upload(f.gameViewer, ImagesIT.png(16, 16)).statusCode());
        // the page form too: a viewer of the game is refused before the form is looked at (it holds no file here)
        PortalClient viewer = signedIn(f.gameViewer);
        byte[] form = ImagesIT.multipart(Map.of("_csrf", viewer.csrfFrom("/")), null);
        HttpResponse<String> page = fast(() -> viewer.postBytes("/organizations/games/" + f.gameB1 + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, form));
        assertEquals(403, page.statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM game WHERE id = ? AND icon IS NOT NULL", f.gameA2), "nothing stored");
    }

    @Test
    void theKernelsRefusalsComeInGameAnalyticsShape() throws Exception {
        HttpResponse<String> anonymous = fast(() -> client().get("/api/organizations/games"));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(PortalClient.json(anonymous).getString("detail").length() > 0, anonymous.body());
        HttpResponse<String> badKey = fast(() -> client().get("/api/organizations/games", "x-api-key", "no-such-token"));
        assertEquals(401, badKey.statusCode());
        assertEquals("Unknown or revoked API token", PortalClient.json(badKey).getString("detail"), badKey.body());
        HttpResponse<String> unknownPath = fast(() -> get(f.owner, "/no/such/endpoint"));
        assertEquals(404, unknownPath.statusCode());
        assertTrue(PortalClient.json(unknownPath).containsKey("detail"), unknownPath.body());
    }

    @Test
    void numbersAreReadByAStrictGrammar() throws Exception {
        assertDetailFor(fast(() -> get(f.owner, "/games?" + q("page[offset]") + "=1e999999")), "page[offset]");
        assertDetailFor(fast(() -> get(f.owner, "/games?" + q("page[size]") + "=" + "9".repeat(2_000))), "page[size]");
        assertDetailFor(fast(() -> get(f.owner, "/studios?" + q("page[size]") + "=" + q("١٠"))), "page[size]");
        assertDetailFor(fast(() -> get(f.owner, "/games?" + q("page[size]") + "=+10")), "page[size]");
        assertDetailFor(fast(() -> get(f.owner, "/users?" + q("filter[studio.id]") + "=0x10")), "filter[studio.id]");
        assertDetailFor(fast(() -> get(f.owner, "/games/1e5")), "game_id");
        long before = games();
        assertDetailFor(fast(() -> client().postJson("/api/organizations/games", "{\"studio_id\":1e999999,\"title\":\"Bomb\","
                + "\"sdk_used\":\"unity\",\"platform\":\"ios\"}", as(f.owner))), "studio_id");
        assertDetailFor(fast(() -> client().postJson("/api/organizations/games", "{\"studio_id\":" + "1".repeat(1_000)
                + ",\"title\":\"Bomb\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", as(f.owner))), "studio_id");
        // longer than the JSON parser takes at all: the body is not JSON this API reads (the kernel's 400), not a 500
        HttpResponse<String> tooLong = fast(() -> client().postJson("/api/organizations/games", "{\"studio_id\":"
                + "1".repeat(100_000) + ",\"title\":\"Bomb\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", as(f.owner)));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        // an exponent beyond an int: the parser cannot read the number at all
        HttpResponse<String> hugeExponent = fast(() -> client().postJson("/api/organizations/games",
                "{\"studio_id\":1e99999999999,\"title\":\"Bomb\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", as(f.owner)));
        assertEquals(400, hugeExponent.statusCode(), hugeExponent.body());
        assertEquals(before, games(), "nothing stored");
    }

    @Test
    void longFiltersAreRefused() throws Exception {
        String needle = "x".repeat(2_000);
        assertDetailFor(fast(() -> get(f.owner, "/games?" + q("filter[title]") + "=" + needle)), "filter[title]");
        assertDetailFor(fast(() -> get(f.owner, "/studios?" + q("filter[name]") + "=" + needle)), "filter[name]");
        assertDetailFor(fast(() -> get(f.owner, "/users?" + q("filter[name]") + "=" + needle)), "filter[name]");
        assertEquals(200, get(f.owner, "/games?" + q("filter[title]") + "=" + "x".repeat(191)).statusCode());
    }

    @Test
    void invitesAndReplaceAclNamingUnknownOrInvisibleThingsAre404() throws Exception {
        String email = Fixtures.unique("hostile").toLowerCase() + "@example.com";
        long invites = Fixtures.count("SELECT COUNT(*) FROM invite");
        long access = Fixtures.count("SELECT COUNT(*) FROM access");
        String[][] cases = {
                {f.owner, "\"access_resource\":\"studio\",\"studio_id\":999999999"},
                {f.owner, "\"access_resource\":\"game\",\"game_id\":999999999"},
                {f.owner, "\"access_resource\":\"game\",\"game_id\":" + f.otherGame},
                {f.owner, "\"access_resource\":\"studio\",\"studio_id\":" + f.otherStudio},
                {f.owner, "\"access_resource\":\"game\",\"studio_id\":" + f.studioB + ",\"game_id\":" + f.gameA1},
                {f.studioAdmin, "\"access_resource\":\"studio\",\"studio_id\":" + f.studioB},
                {f.studioAdmin, "\"access_resource\":\"game\",\"game_id\":" + f.gameB1},
        };
        for (String[] c : cases) {
            String resource = "{\"resource\":{\"access_level\":\"viewer\"," + c[1] + "}}";
            HttpResponse<String> invite = client().postJson("/api/organizations/users/invite",
                    "{\"invites\":[{\"email\":\"" + email + "\"," + resource.substring(1, resource.length() - 1) + "}]}", as(c[0]));
            assertEquals(404, invite.statusCode(), c[1] + " -> " + invite.body());
            assertEquals("Not found", PortalClient.json(invite).getString("detail"));
        }
        String person = OrganizationsFixture.person("hostiletarget", "game", f.gameA1, "viewer");
        long id = Fixtures.count("SELECT id FROM `user` WHERE email = ?", person);
        for (String[] c : new String[][]{cases[0], cases[1], cases[2], cases[3], cases[4]}) {
            HttpResponse<String> r = client().postJson("/api/organizations/users/" + id + "/replace_acl",
                    "{\"acls\":[{\"resource\":{\"access_level\":\"viewer\"," + c[1] + "}}]}", as(f.owner));
            assertEquals(404, r.statusCode(), c[1] + " -> " + r.body());
        }
        assertEquals(invites, Fixtures.count("SELECT COUNT(*) FROM invite"), "no invite stored");
        assertEquals(access + 1, Fixtures.count("SELECT COUNT(*) FROM access"), "no access changed");
    }

    @Test
    void anAdminWhoIsNotAnOwnerCannotDemoteOrRemoveAnOwner() throws Exception {
        String owner = OrganizationsFixture.person("hostileowner", "organization", f.org, "owner");
        long id = Fixtures.count("SELECT id FROM `user` WHERE email = ?", owner);
        String demote = "{\"acls\":[{\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"organization\"}}]}";
        HttpResponse<String> r = client().postJson("/api/organizations/users/" + id + "/replace_acl", demote, as(organizationAdmin));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(PortalClient.json(r).getString("detail").contains("owner"), r.body());
        assertEquals(403, client().postJson("/api/organizations/users/" + id + "/replace_acl", "{\"acls\":[]}",
                as(organizationAdmin)).statusCode(), "removing is demoting");
        PortalClient page = signedIn(organizationAdmin);
        assertEquals(403, submit(page, "/organizations/users/" + id + "/remove", "organization_id", Long.toString(f.org)).statusCode());
        assertEquals(403, submit(page, "/organizations/users/" + id + "/access", "organization_id", Long.toString(f.org),
                "resource", "organization", "level", "viewer").statusCode());
        assertFalse(page.get("/organizations/users/" + id + "?organization_id=" + f.org).body().contains("/remove\""),
                "the page offers no form it would refuse");
        assertEquals("owner", Fixtures.text("SELECT level FROM access WHERE user_id = ?", id), "still an owner");
        assertEquals(200, client().postJson("/api/organizations/users/" + id + "/replace_acl", demote, as(f.owner)).statusCode(),
                "an owner may");
        assertEquals("viewer", Fixtures.text("SELECT level FROM access WHERE user_id = ?", id));
    }

    @Test
    void keptListsKeepViewersAndAdminsApart() throws Exception {
        // the same reach (the whole organization) at two levels: the list cache must not mix them
        String path = "/games?" + q("page[size]") + "=100&sort=title:desc";
        for (String first : new String[]{organizationViewer, organizationAdmin}) {
            get(first, path);
            for (String who : new String[]{organizationViewer, organizationAdmin, organizationViewer}) {
                boolean admin = who.equals(organizationAdmin);
                for (JsonValue g : PortalClient.json(get(who, path)).getJsonArray("data")) {
                    JsonObject game = g.asJsonObject();
                    assertEquals(admin, !game.isNull("secret_key"), who + " after " + first + ": " + game);
                }
            }
        }
    }

    @Test
    void storePlatformIsAnyLowerCaseIdentifier() throws Exception {
        String body = "{\"studio_id\":" + f.studioB + ",\"title\":\"Store %s\",\"sdk_used\":\"unity\",\"platform\":\"windows\","
                + "\"store_platform\":\"%s\"}";
        HttpResponse<String> ok = client().postJson("/api/organizations/games", String.format(body, 1, "itch_io"), as(f.owner));
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("itch_io", PortalClient.json(ok).getJsonObject("data").getString("store_platform"));
        long before = games();
        for (String bad : new String[]{"Itch.io", "_store", "9store", "a".repeat(33), "itch io"}) {
            HttpResponse<String> r = client().postJson("/api/organizations/games", String.format(body, 2, bad), as(f.owner));
            assertDetailFor(r, "store_platform");
            assertTrue(r.body().contains("value_error.str.regex"), r.body());
        }
        assertEquals(before, games());
    }

    @Test
    void expandIsTakenWhereverTheSeedListsIt() throws Exception {
        String planet = q("expand[]") + "=planet";
        assertEquals(200, get(f.owner, "/studios/" + f.studioA + "?" + q("expand[]") + "=").statusCode());
        assertDetailFor(get(f.owner, "/studios/" + f.studioA + "?" + planet), "expand[]");
        assertDetailFor(get(f.owner, "/studios?" + planet), "expand[]");
        assertDetailFor(get(f.owner, "/games/" + f.gameA1 + "?" + planet), "expand[]");
        long studios = Fixtures.count("SELECT COUNT(*) FROM studio");
        assertDetailFor(client().postJson("/api/organizations/studios?" + planet, "{\"name\":\"Planet\"}", as(f.owner)), "expand[]");
        assertEquals(studios, Fixtures.count("SELECT COUNT(*) FROM studio"), "nothing stored");
        HttpResponse<String> created = client().postJson("/api/organizations/games?" + q("expand[]") + "=studio",
                "{\"studio_id\":" + f.studioA + ",\"title\":\"Expanded\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", as(f.owner));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("Studio A", PortalClient.json(created).getJsonObject("data").getJsonObject("studio").getString("name"));
    }
}
