package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TestMailServer;

/**
 * GameAnalytics {@code POST /users/invite}: links only by e-mail, accepting (a new account from
 * the link, an existing one only while signed in as itself), exact address comparison, the 409
 * rules.
 */
@ExtendWith(TestMailServer.class)
class InvitesIT extends OrganizationsIT {

    private HttpResponse<String> invite(String caller, String body) throws Exception {
        return client().postJson("/api/organizations/users/invite", body, "Authorization", OrganizationsFixture.basic(caller));
    }

    private static String one(String email, String level, String resource, String ids) {
        return "{\"email\":\"" + email + "\",\"resource\":{\"access_level\":\"" + level + "\",\"access_resource\":\"" + resource + "\"" + ids + "}}";
    }

    private String game(long id) {
        return ",\"game_id\":" + id;
    }

    private String studio(long id) {
        return ",\"studio_id\":" + id;
    }

    private static String level(PortalClient c, String path, String auth) {
        HttpResponse<String> r = c.get(path, "Authorization", auth);
        return r.statusCode() == 200 ? PortalClient.json(r).getString("level") : Integer.toString(r.statusCode());
    }

    @Test
    void aNewPersonGetsALinkByMailAndJoinsThroughIt() throws Exception {
        String email = Fixtures.unique("newcomer").toLowerCase() + "@example.com";
        HttpResponse<String> r = invite(f.owner, "{\"invites\":[" + one(email, "viewer", "game", game(f.gameA1)) + "]}");
        assertEquals(201, r.statusCode(), r.body());
        Golden.assertShape("organizations/invites.json", PortalClient.json(r));
        assertEquals(email, PortalClient.json(r).getJsonArray("data").getJsonObject(0).getString("email"));

        String path = mailedPath(email);
        String secret = path.substring("/invite/".length());
        assertFalse(r.body().contains(secret) || r.body().contains("/invite/"), "the inviter's answer carries no link: " + r.body());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM invite WHERE token_hash = ?", secret), "only a hash is stored");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM invite WHERE token_hash = SHA2(?, 256)", secret));

        PortalClient invitee = client();
        HttpResponse<String> page = invitee.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(email));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", invitee.csrfFrom(path));
        form.put("first_name", "Nina");
        form.put("last_name", "Newcomer");
        form.put("password", "short");
        assertEquals(400, invitee.postForm(path, form).statusCode(), "the password policy holds");
        form.put("password", "newcomer-password-1");
        HttpResponse<String> accepted = invitee.postForm(path, form);
        assertEquals(303, accepted.statusCode(), accepted.body());
        assertTrue(invitee.page("/").select("li.game span").eachText().contains("Alpha"), "signed in and sees the game");
        assertEquals("viewer", level(invitee, "/api/access/game/" + f.gameA1, PortalClient.basic(email, "newcomer-password-1")));
        assertEquals("Nina Newcomer", PortalClient.json(get(f.owner, "/users?" + q("filter[name]") + "=nina"))
                .getJsonArray("data").getJsonObject(0).getString("full_name"));
        assertEquals(404, client().get(path).statusCode(), "a link works once");
    }

    /** The path of the one invitation link mailed to {@code email}. */
    private static String mailedPath(String email) throws Exception {
        List<String> links = TestMailServer.linkPaths(email, "/invite/", 1);
        assertEquals(1, links.size(), "one invitation mailed");
        assertNotNull(links.get(0), "the mail carries the link");
        return links.get(0);
    }

    private static HttpResponse<String> accept(PortalClient c, String path) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", c.csrfFrom(path));
        return c.postForm(path, form);
    }

    private static PortalClient signedIn(PortalClient c, String email) {
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void anInviteGrantsNothingUntilItsAccountAcceptsSignedInAsItself() throws Exception {
        String person = Fixtures.user("existing");
        String stranger = Fixtures.user("stranger");
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(person, "viewer", "studio", studio(f.studioB)) + "]}").statusCode());
        assertEquals("404", level(client(), "/api/access/studio/" + f.studioB, OrganizationsFixture.basic(person)), "nothing granted yet");
        String path = mailedPath(person);

        PortalClient anonymous = client();
        Document page = anonymous.page(path);
        assertNotNull(page.selectFirst("p.signin"), "asked to sign in");
        assertNull(page.selectFirst("input[name=password]"), "no new account for an address that has one");
        assertEquals(403, accept(anonymous, path).statusCode(), "not signed in");

        PortalClient other = signedIn(client(), stranger);
        assertNotNull(other.page(path).selectFirst("p.other"));
        assertEquals(403, accept(other, path).statusCode(), "signed in as someone else");
        assertEquals("404", level(client(), "/api/access/studio/" + f.studioB, OrganizationsFixture.basic(person)));
        assertEquals("404", level(client(), "/api/access/studio/" + f.studioB, OrganizationsFixture.basic(stranger)));

        PortalClient invitee = client();
        invitee.get(path);
        HttpResponse<String> login = invitee.login(person, Fixtures.PASSWORD);
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith(path), "sign-in comes back to the invitation");
        HttpResponse<String> accepted = accept(invitee, path);
        assertEquals(303, accepted.statusCode(), accepted.body());
        assertEquals("viewer", level(client(), "/api/access/studio/" + f.studioB, OrganizationsFixture.basic(person)));
        assertEquals(404, invitee.get(path).statusCode(), "a link works once");
    }

    @Test
    void addressesCompareExactlyNotByAccentOrCaseFoldingCollation() throws Exception {
        String local = Fixtures.unique("admin").toLowerCase();
        String plain = local + "@it.test";
        String accented = "\u00e1" + local.substring(1) + "@it.test";
        Fixtures.execute("INSERT INTO `user` (email, password_hash, created_at) SELECT ?, password_hash, NOW(3) FROM `user` WHERE email = ?",
                accented, f.gameViewer);

        // an invite to the plain address: the accented account is not its owner
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(plain, "viewer", "game", game(f.gameB1)) + "]}").statusCode());
        String path = mailedPath(plain);
        PortalClient accentedUser = client();
        accentedUser.loginOrFail(accented, Fixtures.PASSWORD);
        Document page = accentedUser.page(path);
        assertNotNull(page.selectFirst("input[name=password]"), "the plain address has no account: the link creates it");
        assertEquals(400, accept(accentedUser, path).statusCode(), "no password: no account, and nothing for the accented one");
        assertEquals("404", level(client(), "/api/access/game/" + f.gameB1, PortalClient.basic(accented, Fixtures.PASSWORD)));
        assertEquals(401, client().get("/api/access/game/" + f.gameB1, "Authorization", PortalClient.basic(plain, Fixtures.PASSWORD))
                .statusCode(), "the plain address does not sign in with the accented account's password");

        // and the other way round: an invite to the accented address is not the plain account's
        String plainOwner = Fixtures.user("plain");
        String accentedInvitee = "\u00e1" + plainOwner.substring(1);
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(accentedInvitee, "viewer", "game", game(f.gameB1)) + "]}").statusCode());
        String secret = "k".repeat(43);
        Fixtures.execute("UPDATE invite SET token_hash = SHA2(?, 256) WHERE email = ?", secret, accentedInvitee);
        PortalClient plainUser = signedIn(client(), plainOwner);
        assertNotNull(plainUser.page("/invite/" + secret).selectFirst("input[name=password]"));
        assertEquals(400, accept(plainUser, "/invite/" + secret).statusCode());
        assertEquals("404", level(client(), "/api/access/game/" + f.gameB1, OrganizationsFixture.basic(plainOwner)));

        // case is not a difference: Admin@IT.test is admin@it.test
        String mixed = Fixtures.user("Mixed");
        String shouted = mixed.toUpperCase(Locale.ROOT);
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(shouted, "viewer", "game", game(f.gameB1)) + "]}").statusCode());
        String mixedPath = mailedPath(mixed);
        PortalClient same = client();
        same.loginOrFail(shouted, Fixtures.PASSWORD);
        assertEquals(303, accept(same, mixedPath).statusCode());
        assertEquals("viewer", level(client(), "/api/access/game/" + f.gameB1, OrganizationsFixture.basic(mixed)));
    }

    @Test
    void higherOrIncompatibleAccessAndHigherPendingInvitesConflict() throws Exception {
        String studioAdmin = Fixtures.user("studioadm");
        Fixtures.grant(studioAdmin, "studio", f.studioA, "admin");
        assertEquals(409, invite(f.owner, "{\"invites\":[" + one(studioAdmin, "viewer", "game", game(f.gameA1)) + "]}").statusCode(),
                "already higher on the game through the studio");
        String orgViewer = Fixtures.user("orgviewer");
        Fixtures.grant(orgViewer, "organization", f.org, "viewer");
        assertEquals(409, invite(f.owner, "{\"invites\":[" + one(orgViewer, "admin", "studio", studio(f.studioA)) + "]}").statusCode(),
                "organization access never mixes with studio access");

        String pending = Fixtures.unique("pending").toLowerCase() + "@example.com";
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(pending, "admin", "studio", studio(f.studioA)) + "]}").statusCode());
        assertEquals(409, invite(f.owner, "{\"invites\":[" + one(pending, "viewer", "studio", studio(f.studioA)) + "]}").statusCode());
        assertEquals(201, invite(f.owner, "{\"override\":true,\"invites\":[" + one(pending, "viewer", "studio", studio(f.studioA)) + "]}").statusCode());

        String fresh = Fixtures.unique("batch").toLowerCase() + "@example.com";
        long invites = Fixtures.count("SELECT COUNT(*) FROM invite");
        assertEquals(409, invite(f.owner, "{\"invites\":[" + one(fresh, "viewer", "game", game(f.gameB1)) + ","
                + one(studioAdmin, "viewer", "game", game(f.gameA1)) + "]}").statusCode());
        assertEquals(invites, Fixtures.count("SELECT COUNT(*) FROM invite"), "all or nothing");
    }

    @Test
    void invitingNeedsAdminOnWhatIsOffered() throws Exception {
        String a = Fixtures.unique("a").toLowerCase() + "@example.com";
        assertEquals(201, invite(f.studioAdmin, "{\"invites\":[" + one(a, "viewer", "game", game(f.gameA2)) + "]}").statusCode());
        assertEquals(404, invite(f.studioAdmin, "{\"invites\":[" + one(a, "viewer", "studio", studio(f.studioB)) + "]}").statusCode(),
                "a studio out of sight is unknown");
        assertEquals(403, invite(f.gameViewer, "{\"invites\":[" + one(a, "viewer", "game", game(f.gameB1)) + "]}").statusCode());
        assertEquals(403, invite(f.studioAdmin, "{\"invites\":[" + one(a, "owner", "organization", "") + "]}").statusCode());
        assertEquals(404, invite(f.neighbour, "{\"invites\":[" + one(a, "viewer", "game", game(f.gameA1)) + "]}").statusCode(),
                "another organization's game is unknown to them, as the seed answers");
        assertEquals(404, invite(f.gameViewer, "{\"invites\":[" + one(a, "viewer", "game", game(f.gameA1)) + "]}").statusCode(),
                "a game out of sight is unknown");
        assertEquals(401, client().postJson("/api/organizations/users/invite", "{\"invites\":[]}").statusCode());
    }

    @Test
    void badInvitesAre422() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append(one("p" + i + "@example.com", "viewer", "game", game(f.gameA1)));
        }
        String[] bodies = {
                "{}", "{\"invites\":[]}", "{\"invites\":[" + many + "]}", "{\"invites\":\"x\"}",
                "{\"invites\":[" + one("not-an-email", "viewer", "game", game(f.gameA1)) + "]}",
                "{\"invites\":[" + one("x@example.com", "owner", "studio", studio(f.studioA)) + "]}",
                "{\"invites\":[" + one("x@example.com", "viewer", "galaxy", "") + "]}",
                "{\"invites\":[" + one("x@example.com", "viewer", "game", "") + "]}",
                "{\"override\":\"yes\",\"invites\":[" + one("x@example.com", "viewer", "game", game(f.gameA1)) + "]}",
        };
        for (String body : bodies) {
            HttpResponse<String> r = invite(f.owner, body);
            assertEquals(422, r.statusCode(), body + " -> " + r.body());
        }
    }

    @Test
    void forgedUsedAndExpiredLinksAreNotFound() throws Exception {
        assertEquals(404, client().get("/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, client().get("/invite/nonsense").statusCode());
        String email = Fixtures.unique("late").toLowerCase() + "@example.com";
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(email, "viewer", "game", game(f.gameB1)) + "]}").statusCode());
        String path = mailedPath(email);
        assertEquals(200, client().get(path).statusCode());
        Fixtures.execute("UPDATE invite SET expires_at = NOW(3) - INTERVAL 1 DAY WHERE email = ?", email);
        assertEquals(404, client().get(path).statusCode(), "expired");
    }
}
