package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;

/** GameAnalytics {@code /studios}: shapes from the seed, paging, sorting, name filter, creation, access. */
class StudiosIT extends OrganizationsIT {

    private List<String> names(String email, String query) throws Exception {
        HttpResponse<String> r = get(email, "/studios" + query);
        assertEquals(200, r.statusCode(), r.body());
        return PortalClient.json(r).getJsonArray("data").stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    @Test
    void listAndItemHaveTheSeedsShape() throws Exception {
        JsonObject list = PortalClient.json(get(f.primaryOwner, "/studios"));
        Golden.assertShape("organizations/list-meta.json", list.getJsonObject("meta"));
        list.getJsonArray("data").forEach(s -> Golden.assertShape("organizations/studio.json", s));
        JsonObject one = PortalClient.json(get(f.primaryOwner, "/studios/" + f.studioB)).getJsonObject("data");
        Golden.assertShape("organizations/studio.json", one);
        assertEquals("Studio B", one.getString("name"));
        assertEquals(false, one.getBoolean("is_archived"));
    }

    @Test
    void sortingPagingAndTheNameFilter() throws Exception {
        assertEquals(List.of("Studio B", "Studio A"), names(f.owner, "?sort=name:desc&" + q("filter[name]") + "=studio"));
        assertEquals(List.of("Studio B"), names(f.owner, "?sort=name:asc&" + q("filter[name]") + "=studio&"
                + q("page[size]") + "=1&" + q("page[offset]") + "=1"));
        assertEquals(422, get(f.owner, "/studios?sort=title:asc").statusCode(), "title is a games sort");
        assertEquals(422, get(f.owner, "/studios?" + q("expand[]") + "=studio").statusCode());
        assertEquals(422, get(f.owner, "/studios/zero").statusCode());
    }

    @Test
    void everyoneSeesTheStudiosTheyReach() throws Exception {
        assertEquals(List.of("Studio A"), names(f.studioAdmin, ""));
        assertEquals(List.of("Studio B"), names(f.gameViewer, ""), "a game's studio is visible to its viewers");
        assertEquals(List.of("Other studio"), names(f.neighbour, ""));
        assertEquals(404, get(f.studioAdmin, "/studios/" + f.studioB).statusCode());
        assertEquals(404, get(f.neighbour, "/studios/" + f.studioA).statusCode());
        assertEquals(401, client().get("/api/organizations/studios").statusCode());
    }

    @Test
    void creatingAStudioNeedsAdminOnTheOrganization() throws Exception {
        PortalClient c = client();
        HttpResponse<String> r = c.postJson("/api/organizations/studios", "{\"name\":\"Night Owls\"}",
                "Authorization", OrganizationsFixture.basic(f.owner));
        assertEquals(201, r.statusCode(), r.body());
        Golden.assertShape("organizations/studio.json", PortalClient.json(r).getJsonObject("data"));
        assertEquals(403, c.postJson("/api/organizations/studios", "{\"name\":\"Nope\"}",
                "Authorization", OrganizationsFixture.basic(f.studioAdmin)).statusCode());
        assertEquals(403, c.postJson("/api/organizations/studios", "{\"name\":\"Nope\"}",
                "Authorization", OrganizationsFixture.basic(f.gameViewer)).statusCode());
        long before = Fixtures.count("SELECT COUNT(*) FROM studio");
        for (String bad : new String[]{"{}", "{\"name\":7}", "{\"name\":\"\"}", "{\"name\":\"" + "n".repeat(192) + "\"}", "\"x\""}) {
            HttpResponse<String> reply = c.postJson("/api/organizations/studios", bad, "Authorization", OrganizationsFixture.basic(f.owner));
            assertEquals(422, reply.statusCode(), bad + " -> " + reply.body());
        }
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM studio"));
        assertTrue(names(f.owner, "?" + q("filter[name]") + "=owls").contains("Night Owls"));
    }

    @Test
    void aCallerInSeveralOrganizationsNamesOne() throws Exception {
        String both = Fixtures.user("twohats");
        Fixtures.grant(both, "organization", f.org, "viewer");
        Fixtures.grant(both, "organization", f.otherOrg, "viewer");
        assertEquals(404, get(both, "/studios").statusCode(), "which organization? not told");
        assertEquals(List.of("Other studio"), names(both, "?organization_id=" + f.otherOrg));
        List<String> acme = names(both, "?organization_id=" + f.org);
        assertTrue(acme.containsAll(List.of("Studio A", "Studio B")) && !acme.contains("Other studio"), acme.toString());
        assertEquals(404, get(f.neighbour, "/studios?organization_id=" + f.org).statusCode());
    }
}
