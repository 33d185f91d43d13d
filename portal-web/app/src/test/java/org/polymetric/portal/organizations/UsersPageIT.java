package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TestMailServer;

/** {@code /organizations/users}: people, invites (mailed, listed without their links), access editing and removal. */
@ExtendWith(TestMailServer.class)
class UsersPageIT extends OrganizationsIT {

    private String people() {
        return "/organizations/users?organization_id=" + f.org;
    }

    private String person(String email) {
        return "/organizations/users/" + userId(email) + "?organization_id=" + f.org;
    }

    private static long userId(String email) {
        return Fixtures.count("SELECT id FROM `user` WHERE email = ?", email);
    }

    private static long grants(String email) {
        return Fixtures.count("SELECT COUNT(*) FROM access a JOIN `user` u ON u.id = a.user_id WHERE u.email = ?", email);
    }

    private static String grantsOf(String email) {
        return Fixtures.text("SELECT GROUP_CONCAT(CONCAT(a.resource, ':', a.resource_id, ':', a.level) ORDER BY a.resource, a.resource_id) "
                + "FROM access a JOIN `user` u ON u.id = a.user_id WHERE u.email = ?", email);
    }

    private static Element inviteRow(Document page, String email) {
        return page.select("table.invites tr").stream().filter(tr -> tr.select("td.email").text().equals(email)).findFirst().orElse(null);
    }

    @Test
    void ownersSeeEveryoneWithTheirHighestAccess() {
        Document page = page(signedIn(f.owner), people());
        List<String> emails = page.select("table.members td.email").eachText();
        assertTrue(emails.containsAll(List.of(f.primaryOwner, f.owner, f.studioAdmin, f.gameViewer)));
        assertFalse(emails.contains(f.neighbour), "nobody from another organization");
        assertEquals("primary owner · organization", page.selectFirst("#user-" + userId(f.primaryOwner) + " td.highest").text());
        assertEquals("admin · studio", page.selectFirst("#user-" + userId(f.studioAdmin) + " td.highest").text());
        assertNotNull(page.selectFirst("form.invite"));
        assertFalse(page.html().contains("??"));
    }

    @Test
    void studioAdminsSeeTheirPeopleAndInviteOnlyIntoTheirStudio() {
        Document page = page(signedIn(f.studioAdmin), "/organizations/users");
        List<String> emails = page.select("table.members td.email").eachText();
        assertTrue(emails.contains(f.studioAdmin));
        assertFalse(emails.contains(f.gameViewer) || emails.contains(f.owner) || emails.contains(f.primaryOwner),
                "only people within the studio admin's reach: " + emails);
        List<String> options = page.select("form.invite select[name=resource] option").eachAttr("value");
        assertEquals(List.of("studio:" + f.studioA, "game:" + f.gameA1, "game:" + f.gameA2), options);
        assertEquals(List.of("viewer", "admin"), page.select("form.invite select[name=level] option").eachAttr("value"));
    }

    @Test
    void viewersGetNoFormsAndCannotInvite() {
        PortalClient c = signedIn(f.gameViewer);
        Document page = page(c, "/organizations/users");
        assertNull(page.selectFirst("form.invite"));
        String email = Fixtures.unique("viewerinvite").toLowerCase() + "@example.com";
        assertEquals(403, submit(c, "/organizations/users/invite", "emails", email, "resource", "game:" + f.gameB1, "level", "viewer").statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM invite WHERE email = ?", email));
    }

    @Test
    void invitesAreMailedListedWithoutTheirLinkAndCanBeWithdrawn() throws Exception {
        PortalClient c = signedIn(f.owner);
        String a = Fixtures.unique("pagea").toLowerCase() + "@example.com";
        String b = Fixtures.unique("pageb").toLowerCase() + "@example.com";
        HttpResponse<String> r = submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", a.toUpperCase() + ",\n " + b, "resource", "studio:" + f.studioB, "level", "admin");
        assertEquals(303, r.statusCode(), r.body());
        Document page = page(c, redirect(r));
        assertTrue(page.selectFirst(".alert.notice").text().startsWith("Invites sent"));
        Element row = inviteRow(page, a);
        assertNotNull(row, "the address is kept in lower case");
        assertNull(row.selectFirst("code.link"), "the accept link is the invitee's, not the inviter's");

        List<String> mailed = TestMailServer.linkPaths(a, "/invite/", 1);
        assertEquals(1, mailed.size());
        String link = mailed.get(0);
        assertNotNull(link, "the link travels by mail");
        assertFalse(page.outerHtml().contains(link), "nor anywhere on the page");
        PortalClient invitee = client();
        assertEquals(200, invitee.get(link).statusCode(), "the link opens the accept page");

        long inviteId = Fixtures.count("SELECT id FROM invite WHERE email = ?", b);
        assertEquals(303, submit(c, "/organizations/users/invites/" + inviteId + "/revoke", "organization_id", Long.toString(f.org)).statusCode());
        assertNull(inviteRow(page(c, people()), b));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM invite WHERE email = ?", b));
        assertEquals(404, signedIn(f.gameViewer).get(link.replace("/invite/", "/organizations/users/invites/")).statusCode());
    }

    @Test
    void inviteLinksAreShownOnlyToThoseWhoCouldHaveSentThem() {
        PortalClient c = signedIn(f.owner);
        String email = Fixtures.unique("hidden").toLowerCase() + "@example.com";
        assertEquals(303, submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", email, "resource", "game:" + f.gameB1, "level", "viewer").statusCode());
        assertNotNull(inviteRow(page(c, people()), email));
        assertNull(inviteRow(page(signedIn(f.studioAdmin), "/organizations/users"), email), "a studio A admin does not see a game B invite");
        long id = Fixtures.count("SELECT id FROM invite WHERE email = ?", email);
        assertEquals(404, submit(signedIn(f.studioAdmin), "/organizations/users/invites/" + id + "/revoke").statusCode());
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM invite WHERE id = ?", id));
    }

    @Test
    void badInvitesAreRefusedWholeAndConflictsAnswer409() {
        PortalClient c = signedIn(f.owner);
        String good = Fixtures.unique("good").toLowerCase() + "@example.com";
        HttpResponse<String> bad = submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", good + ", not-an-address", "resource", "game:" + f.gameA1, "level", "viewer");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("not-an-address is not an e-mail address"));
        assertTrue(bad.body().contains(good), "the form keeps what was typed");
        assertEquals(422, submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", good, "resource", "planet:3", "level", "viewer").statusCode());
        assertEquals(422, submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", good, "resource", "game:" + f.gameA1, "level", "primary_owner").statusCode());
        assertEquals(404, submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", good, "resource", "game:" + f.otherGame, "level", "viewer").statusCode(), "another organization's game is unknown");
        // addresses of this run only: other classes invite to example.com on the same database
        String batch = Fixtures.unique("p");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append(batch).append("-").append(i).append("@example.com ");
        }
        assertEquals(422, submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", many.toString(), "resource", "game:" + f.gameA1, "level", "viewer").statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM invite WHERE email = ? OR email LIKE ?", good, batch + "-%@example.com"));

        HttpResponse<String> higher = submit(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", f.studioAdmin, "resource", "game:" + f.gameA1, "level", "viewer");
        assertEquals(409, higher.statusCode());
        assertTrue(higher.body().contains("already has higher access"));
        assertEquals(403, forge(c, "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", good, "resource", "game:" + f.gameA1, "level", "viewer").statusCode());
    }

    @Test
    void anExistingAccountGetsAnInviteNotTheAccess() {
        String existing = Fixtures.user("existing");
        Fixtures.grant(existing, "game", f.otherGame, "viewer");
        assertEquals(303, submit(signedIn(f.owner), "/organizations/users/invite", "organization_id", Long.toString(f.org),
                "emails", existing, "resource", "game:" + f.gameA2, "level", "viewer").statusCode());
        assertEquals("game:" + f.otherGame + ":viewer", grantsOf(existing), "nothing until the account accepts");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM invite WHERE email = ?", existing));
    }

    @Test
    void adminsReplaceAccessUnderTheReplaceAclRules() {
        String person = Fixtures.user("acl");
        Fixtures.grant(person, "game", f.gameA1, "viewer");
        PortalClient c = signedIn(f.owner);
        Document page = page(c, person(person));
        assertEquals(person, page.selectFirst("dd.email").text());
        Element form = page.selectFirst("form.acl");
        assertNotNull(form);
        assertEquals("game:" + f.gameA1, form.selectFirst("select[name=resource] option[selected]").attr("value"));
        String action = "/organizations/users/" + userId(person) + "/access";
        String org = Long.toString(f.org);

        HttpResponse<String> r = submit(c, action, "organization_id", org, "resource", "studio:" + f.studioA, "level", "admin");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("studio:" + f.studioA + ":admin", grantsOf(person));
        assertEquals("Access changed.", page(c, redirect(r)).selectFirst(".alert.notice").text());

        assertEquals(422, submit(c, action, "organization_id", org, "resource", "", "level", "viewer").statusCode(), "keep one access");
        assertEquals(422, submit(c, action, "organization_id", org, "resource", "studio:x", "level", "viewer").statusCode());
        assertEquals("studio:" + f.studioA + ":admin", grantsOf(person), "nothing changed");

        PortalClient primary = signedIn(f.primaryOwner);
        Document owners = page(primary, person(f.primaryOwner));
        assertNull(owners.selectFirst("form.acl"), "the primary owner's access cannot be edited");
        HttpResponse<String> own = submit(primary, "/organizations/users/" + userId(f.primaryOwner) + "/access",
                "organization_id", org, "resource", "game:" + f.gameA1, "level", "viewer");
        assertEquals(409, own.statusCode());
        assertEquals("organization:" + f.org + ":primary_owner", grantsOf(f.primaryOwner));
    }

    @Test
    void organizationAccessDoesNotMixWithStudioOrGameAccess() {
        String person = Fixtures.user("mixed");
        Fixtures.grant(person, "game", f.gameA1, "viewer");
        PortalClient c = signedIn(f.owner);
        String action = "/organizations/users/" + userId(person) + "/access";
        String body = "_csrf=" + q(c.csrfFrom("/")) + "&organization_id=" + f.org
                + "&resource=organization&level=viewer&resource=" + q("studio:" + f.studioA) + "&level=admin";
        HttpResponse<String> r = c.postBytes(action, "application/x-www-form-urlencoded", body.getBytes());
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("cannot be combined"));
        assertEquals("game:" + f.gameA1 + ":viewer", grantsOf(person));
    }

    @Test
    void nonAdminsCannotChangeAccessAndOutsidersSeeNobody() {
        String person = Fixtures.user("target");
        Fixtures.grant(person, "game", f.gameA1, "viewer");
        PortalClient studioAdmin = signedIn(f.studioAdmin);
        Document page = page(studioAdmin, "/organizations/users/" + userId(person));
        assertNull(page.selectFirst("form.acl"), "replace-ACL needs organization admin");
        assertEquals(403, submit(studioAdmin, "/organizations/users/" + userId(person) + "/access",
                "resource", "studio:" + f.studioA, "level", "owner").statusCode());
        assertEquals(403, submit(studioAdmin, "/organizations/users/" + userId(person) + "/remove").statusCode());
        assertEquals("game:" + f.gameA1 + ":viewer", grantsOf(person));
        assertEquals(404, signedIn(f.neighbour).get("/organizations/users/" + userId(person)).statusCode());
        assertEquals(404, signedIn(f.gameViewer).get("/organizations/users/" + userId(person)).statusCode(),
                "a game B viewer does not see a game A viewer");
    }

    @Test
    void removingTakesAwayEveryAccessButKeepsTheAccount() {
        String person = Fixtures.user("leaver");
        Fixtures.grant(person, "studio", f.studioB, "viewer");
        Fixtures.grant(person, "game", f.gameA1, "admin");
        Fixtures.grant(person, "game", f.otherGame, "viewer");
        PortalClient c = signedIn(f.owner);
        HttpResponse<String> r = submit(c, "/organizations/users/" + userId(person) + "/remove", "organization_id", Long.toString(f.org));
        assertEquals(303, r.statusCode());
        assertEquals("game:" + f.otherGame + ":viewer", grantsOf(person), "other organizations' access stays");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM `user` WHERE email = ?", person));
        assertNull(page(c, people()).selectFirst("#user-" + userId(person)));
        assertEquals(409, submit(c, "/organizations/users/" + userId(f.primaryOwner) + "/remove", "organization_id",
                Long.toString(f.org)).statusCode(), "the primary owner stays");
        assertEquals(1, grants(f.primaryOwner));
    }
}
