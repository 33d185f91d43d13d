package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TestMailServer;

/** GameAnalytics {@code POST /users/invite}: e-mailed links, accepting, immediate access, the 409 rules. */
@ExtendWith(TestMailServer.class)
class InvitesIT extends OrganizationsIT {
    static final Pattern LINK = Pattern.compile("(http\\S+/invite/\\S+)");

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

        List<MimeMessage> mail = TestMailServer.to(email);
        assertEquals(1, mail.size(), "one invitation mailed");
        Matcher link = LINK.matcher(mail.get(0).getContent().toString());
        assertTrue(link.find(), mail.get(0).getContent().toString());
        String path = link.group(1).replaceFirst("^https?://[^/]+", "");

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

    @Test
    void someoneWithAnAccountGetsTheAccessAtOnce() throws Exception {
        String person = Fixtures.user("existing");
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(person, "viewer", "studio", studio(f.studioB)) + "]}").statusCode());
        assertEquals("viewer", level(client(), "/api/access/studio/" + f.studioB, OrganizationsFixture.basic(person)));
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
        assertEquals(404, client().get("/invite/1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, client().get("/invite/nonsense").statusCode());
        String email = Fixtures.unique("late").toLowerCase() + "@example.com";
        assertEquals(201, invite(f.owner, "{\"invites\":[" + one(email, "viewer", "game", game(f.gameB1)) + "]}").statusCode());
        Matcher link = LINK.matcher(TestMailServer.to(email).get(0).getContent().toString());
        assertTrue(link.find());
        String path = link.group(1).replaceFirst("^https?://[^/]+", "");
        assertEquals(200, client().get(path).statusCode());
        Fixtures.execute("UPDATE invite SET expires_at = NOW(3) - INTERVAL 1 DAY WHERE email = ?", email);
        assertEquals(404, client().get(path).statusCode(), "expired");
    }
}
