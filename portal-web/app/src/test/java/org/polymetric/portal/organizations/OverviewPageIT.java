package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;

/** {@code /organizations}: the overview page shows each person exactly what they reach, in the theme. */
class OverviewPageIT extends OrganizationsIT {

    private Document overview(String email, String query) throws Exception {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c.page("/organizations" + query);
    }

    private static List<String> studios(Document page) {
        return page.select("section.studio h2 span:not(.tag)").eachText();
    }

    private static List<String> games(Document page) {
        return page.select("table.games td.title").eachText();
    }

    @Test
    void ownersSeeEveryStudioAndGame() throws Exception {
        Document page = overview(f.owner, "");
        assertEquals(List.of("Studio A", "Studio B"), studios(page));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), games(page));
        assertTrue(page.select("h1").text().startsWith("Acme"));
        assertEquals("0", page.selectFirst("td.dau").text(), "no activity provider yet");
        assertEquals("Organization", page.selectFirst("nav a.active").text());
        assertFalse(page.html().contains("??"), "every text is translated");
    }

    @Test
    void othersSeeWhatTheyReach() throws Exception {
        Document studioAdmin = overview(f.studioAdmin, "");
        assertEquals(List.of("Studio A"), studios(studioAdmin));
        assertEquals(List.of("Alpha", "Beta"), games(studioAdmin));
        assertEquals(List.of("Gamma"), games(overview(f.gameViewer, "")));
        Document neighbour = overview(f.neighbour, "");
        assertEquals(List.of("Other studio"), studios(neighbour));
        assertEquals(List.of("Other game"), games(neighbour));
    }

    @Test
    void peopleInSeveralOrganizationsChooseOne() throws Exception {
        String both = Fixtures.user("chooser");
        Fixtures.grant(both, "organization", f.org, "viewer");
        Fixtures.grant(both, "organization", f.otherOrg, "viewer");
        Document choose = overview(both, "");
        assertEquals(2, choose.select("ul.choices a").size());
        assertEquals(List.of("Other studio"), studios(overview(both, "?organization_id=" + f.otherOrg)));
        assertEquals(2, overview(both, "?organization_id=" + f.otherOrg + "1234").select("ul.choices a").size(),
                "an organization one does not belong to is not shown");
    }

    @Test
    void iconsAreShownWhereThereAreSome() throws Exception {
        Fixtures.execute("UPDATE game SET icon = ?, icon_type = 'image/png' WHERE id = ?", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, f.gameA2);
        Document page = overview(f.owner, "");
        assertEquals(List.of("/api/organizations/images/game/" + f.gameA2), page.select("table.games img.icon").eachAttr("src"));
    }

    @Test
    void organizationAdminsSetTheOrganizationsIcon() throws Exception {
        PortalClient owner = signedIn(f.owner);
        assertTrue(owner.page("/organizations").selectFirst("form.icon-upload img.preview") != null);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("_csrf", owner.csrfFrom("/"));
        String type = "multipart/form-data; boundary=" + ImagesIT.BOUNDARY;
        var r = owner.postBytes("/organizations/icon?organization_id=" + f.org, type, ImagesIT.multipart(fields, ImagesIT.png(40, 40)));
        assertEquals(303, r.statusCode());
        assertEquals("image/png", Fixtures.text("SELECT icon_type FROM organization WHERE id = ?", f.org));
        assertEquals("Icon uploaded.", owner.page(redirect(r)).selectFirst(".alert.notice").text());

        PortalClient viewer = signedIn(f.gameViewer);
        assertTrue(viewer.page("/organizations").select("form.icon-upload").isEmpty());
        fields.put("_csrf", viewer.csrfFrom("/"));
        assertEquals(403, viewer.postBytes("/organizations/icon", type, ImagesIT.multipart(fields, ImagesIT.png(8, 8))).statusCode());
        Fixtures.execute("UPDATE organization SET icon = NULL, icon_type = NULL WHERE id = ?", f.org);
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        assertEquals(302, client().get("/organizations").statusCode());
    }
}
