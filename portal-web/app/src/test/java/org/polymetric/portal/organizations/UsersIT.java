package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;

/** GameAnalytics {@code /users} and {@code replace_acl}: shapes, highest access, filters, the ACL rules. */
class UsersIT extends OrganizationsIT {

    private List<String> emails(String email, String query) throws Exception {
        HttpResponse<String> r = get(email, "/users" + query);
        assertEquals(200, r.statusCode(), r.body());
        return PortalClient.json(r).getJsonArray("data").stream().map(v -> v.asJsonObject().getString("email")).toList();
    }

    private static long id(String email) {
        return Fixtures.count("SELECT id FROM `user` WHERE email = ?", email);
    }

    private HttpResponse<String> replace(String caller, String email, String acls) throws Exception {
        return client().postJson("/api/organizations/users/" + id(email) + "/replace_acl", "{\"acls\":" + acls + "}",
                "Authorization", OrganizationsFixture.basic(caller));
    }

    @Test
    void usersHaveTheSeedsShapeAndTheirHighestAccess() throws Exception {
        OrganizationsFixture f = new OrganizationsFixture();
        JsonObject list = PortalClient.json(get(f.owner, "/users"));
        assertEquals(4, list.getJsonObject("meta").getInt("total"), "primary owner, owner, studio admin, game viewer");
        list.getJsonArray("data").forEach(u -> Golden.assertShape("organizations/user.json", u));
        JsonObject viewer = PortalClient.json(get(f.owner, "/users/" + id(f.gameViewer)));
        Golden.assertShape("organizations/user.json", viewer);
        assertEquals("game", viewer.getJsonObject("access").getString("resource"));
        assertEquals("viewer", viewer.getJsonObject("access").getString("access_level"));
        JsonObject primary = PortalClient.json(get(f.owner, "/users/" + id(f.primaryOwner)));
        assertEquals("primary_owner", primary.getJsonObject("access").getString("access_level"));
        assertEquals("organization", primary.getJsonObject("access").getString("resource"));
    }

    @Test
    void filtersAndSorting() throws Exception {
        OrganizationsFixture f = new OrganizationsFixture();
        assertEquals(List.of(f.studioAdmin), emails(f.owner, "?" + q("filter[access.resource]") + "=studio"));
        assertEquals(List.of(f.primaryOwner), emails(f.owner, "?" + q("filter[access.level]") + "=primary_owner"));
        assertEquals(List.of(f.gameViewer), emails(f.owner, "?" + q("filter[name]") + "=" + f.gameViewer.substring(0, 12)));
        List<String> inB = emails(f.owner, "?" + q("filter[studio.id]") + "=" + f.studioB);
        assertTrue(inB.contains(f.gameViewer) && inB.contains(f.owner) && !inB.contains(f.studioAdmin), inB.toString());
        List<String> byLevel = emails(f.owner, "?sort=access_level:desc");
        assertEquals(f.primaryOwner, byLevel.get(0));
        assertEquals(f.gameViewer, byLevel.get(3));
        assertEquals(List.of(byLevel.get(1)), emails(f.owner, "?sort=access_level:desc&" + q("page[size]") + "=1&" + q("page[offset]") + "=1"));
        assertEquals(422, get(f.owner, "/users?" + q("filter[access.level]") + "=god").statusCode());
        assertEquals(422, get(f.owner, "/users?sort=email:asc").statusCode());
    }

    @Test
    void peopleSeeThePeopleWithinTheirReach() throws Exception {
        List<String> seen = emails(f.studioAdmin, "");
        assertTrue(seen.contains(f.studioAdmin), "studio admins see their studio's people");
        assertFalse(seen.contains(f.owner) || seen.contains(f.primaryOwner) || seen.contains(f.gameViewer), seen.toString());
        assertEquals(List.of(f.neighbour), emails(f.neighbour, ""));
        assertEquals(404, get(f.neighbour, "/users/" + id(f.owner)).statusCode());
        assertEquals(404, get(f.studioAdmin, "/users/" + id(f.gameViewer)).statusCode());
        assertEquals(401, client().get("/api/organizations/users").statusCode());
    }

    @Test
    void replaceAclSwapsEveryAccessAtOnce() throws Exception {
        String person = Fixtures.user("mover");
        Fixtures.grant(person, "game", f.gameA1, "viewer");
        HttpResponse<String> r = replace(f.owner, person, "[{\"resource\":{\"access_level\":\"admin\",\"access_resource\":\"studio\",\"studio_id\":"
                + f.studioB + "}},{\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"game\",\"studio_id\":" + f.studioA
                + ",\"game_id\":" + f.gameA2 + "}}]");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject body = PortalClient.json(r);
        assertEquals(2, body.getJsonObject("meta").getInt("total"));
        body.getJsonArray("data").forEach(a -> Golden.assertShape("organizations/acl.json", a));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM access a JOIN `user` u ON u.id = a.user_id WHERE u.email = ? AND a.resource = 'game' AND a.resource_id = ?",
                person, f.gameA1), "the old access is gone");
        assertEquals("admin", PortalClient.json(client().get("/api/access/studio/" + f.studioB,
                "Authorization", OrganizationsFixture.basic(person))).getString("level"));
    }

    @Test
    void replaceAclRefusesIncompatibleAccessAndChangesNothing() throws Exception {
        String person = Fixtures.user("stayer");
        Fixtures.grant(person, "studio", f.studioA, "viewer");
        long before = Fixtures.count("SELECT COUNT(*) FROM access");
        String org = "{\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"organization\"}}";
        String studio = "{\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"studio\",\"studio_id\":" + f.studioB + "}}";
        assertEquals(409, replace(f.owner, person, "[" + org + "," + studio + "]").statusCode(), "organization + studio");
        assertEquals(409, replace(f.owner, person, "[" + studio + "," + studio + "]").statusCode(), "twice the same studio");
        assertEquals(409, replace(f.owner, f.primaryOwner, "[" + org + "]").statusCode(), "the primary owner");
        assertEquals(422, replace(f.owner, person, "[{\"resource\":{\"access_level\":\"owner\",\"access_resource\":\"studio\",\"studio_id\":"
                + f.studioA + "}}]").statusCode(), "owner is organization-wide");
        assertEquals(404, replace(f.owner, person, "[{\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"game\",\"game_id\":"
                + f.otherGame + "}}]").statusCode(), "another organization's game is unknown, as the seed answers");
        assertEquals(422, replace(f.owner, person, "[{\"resource\":{\"access_level\":\"primary_owner\",\"access_resource\":\"organization\"}}]").statusCode());
        assertEquals(422, client().postJson("/api/organizations/users/" + id(person) + "/replace_acl", "{\"acls\":3}",
                "Authorization", OrganizationsFixture.basic(f.owner)).statusCode());
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM access"));
    }

    @Test
    void onlyOrganizationAdminsReplaceAccessAndOnlyOwnersGrantOwner() throws Exception {
        String person = Fixtures.user("target");
        Fixtures.grant(person, "studio", f.studioA, "viewer");
        String viewer = "[{\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"studio\",\"studio_id\":" + f.studioA + "}}]";
        assertEquals(403, replace(f.studioAdmin, person, viewer).statusCode());
        String admin = Fixtures.user("orgadmin");
        Fixtures.grant(admin, "organization", f.org, "admin");
        assertEquals(200, replace(admin, person, viewer).statusCode());
        assertEquals(403, replace(admin, person, "[{\"resource\":{\"access_level\":\"owner\",\"access_resource\":\"organization\"}}]").statusCode());
        assertEquals(200, replace(f.owner, person, "[{\"resource\":{\"access_level\":\"owner\",\"access_resource\":\"organization\"}}]").statusCode());
        assertEquals(404, replace(f.neighbour, person, viewer).statusCode(), "another organization's member is not found");
        assertFalse(emails(f.neighbour, "").contains(person));
    }
}
