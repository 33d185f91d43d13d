package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code /organizations/studios}: list, create, rename, archive and icons, each by who may. */
class StudiosPageIT extends OrganizationsIT {

    private String studiosOf(long org) {
        return "/organizations/studios?organization_id=" + org;
    }

    private static List<String> names(Document page) {
        return page.select("table.studios span.name").eachText();
    }

    private static String nameOf(long studio) {
        return Fixtures.text("SELECT name FROM studio WHERE id = ?", studio);
    }

    @Test
    void organizationAdminsCreateRenameArchiveAndRestore() {
        PortalClient c = signedIn(f.owner);
        String name = Fixtures.unique("Page studio");
        HttpResponse<String> created = submit(c, "/organizations/studios", "organization_id", Long.toString(f.org), "name", "  " + name + " ");
        assertEquals(303, created.statusCode());
        assertEquals(studiosOf(f.org) + "&notice=created", redirect(created));
        Document list = page(c, redirect(created));
        assertEquals("Created.", list.selectFirst(".alert.notice").text());
        assertTrue(names(list).contains(name), "trimmed and listed");
        long id = Fixtures.count("SELECT id FROM studio WHERE name = ?", name);

        assertEquals(303, submit(c, "/organizations/studios/" + id + "/rename", "name", name + " renamed").statusCode());
        assertEquals(name + " renamed", nameOf(id));

        assertEquals(303, submit(c, "/organizations/studios/" + id + "/archive").statusCode());
        assertEquals(1, Fixtures.count("SELECT is_archived FROM studio WHERE id = ?", id));
        Document archived = page(c, studiosOf(f.org) + "&name=" + q(name));
        assertEquals("archived", archived.selectFirst("#studio-" + id + " .tag").text());
        assertEquals("Restore", archived.selectFirst("#studio-" + id + " td.actions button").text());

        assertEquals(303, submit(c, "/organizations/studios/" + id + "/unarchive").statusCode());
        assertEquals(0, Fixtures.count("SELECT is_archived FROM studio WHERE id = ?", id));
    }

    @Test
    void studioAdminsRenameTheirStudioButNeitherCreateNorArchive() {
        PortalClient c = signedIn(f.studioAdmin);
        Document page = page(c, "/organizations/studios");
        assertEquals(List.of("Studio A"), names(page));
        assertNull(page.selectFirst("form.create-studio"), "no create form for a studio admin");
        assertNotNull(page.selectFirst("#studio-" + f.studioA + " form.rename"));
        assertNull(page.selectFirst("#studio-" + f.studioA + " td.actions form"), "no archive button");

        long before = Fixtures.count("SELECT COUNT(*) FROM studio WHERE organization_id = ?", f.org);
        assertEquals(403, submit(c, "/organizations/studios", "name", "Sneaky").statusCode());
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM studio WHERE organization_id = ?", f.org));
        assertEquals(403, submit(c, "/organizations/studios/" + f.studioA + "/archive").statusCode());
        assertEquals(0, Fixtures.count("SELECT is_archived FROM studio WHERE id = ?", f.studioA));

        String old = nameOf(f.studioA);
        assertEquals(303, submit(c, "/organizations/studios/" + f.studioA + "/rename", "name", "Studio A2").statusCode());
        assertEquals("Studio A2", nameOf(f.studioA));
        Fixtures.execute("UPDATE studio SET name = ? WHERE id = ?", old, f.studioA);
    }

    @Test
    void viewersSeeButCannotChange() {
        PortalClient c = signedIn(f.gameViewer);
        Document page = page(c, "/organizations/studios");
        assertEquals(List.of("Studio B"), names(page));
        assertTrue(page.select("main form[method=post]").isEmpty(), "a viewer gets no forms");
        assertEquals(403, submit(c, "/organizations/studios/" + f.studioB + "/rename", "name", "Mine").statusCode());
        assertEquals("Studio B", nameOf(f.studioB));
    }

    @Test
    void otherOrganizationsStudiosAreNotFound() {
        PortalClient c = signedIn(f.neighbour);
        HttpResponse<String> r = submit(c, "/organizations/studios/" + f.studioA + "/rename", "name", "Taken over");
        assertEquals(404, r.statusCode());
        assertEquals("Studio A", nameOf(f.studioA));
        assertEquals(404, c.get(studiosOf(f.org)).statusCode(), "another organization's list is not found either");
        assertTrue(c.get(studiosOf(f.org)).body().contains("<html"), "the themed error page, not JSON");
    }

    @Test
    void badInputIsRefusedOnThePageAndChangesNothing() {
        PortalClient c = signedIn(f.owner);
        long before = Fixtures.count("SELECT COUNT(*) FROM studio");
        HttpResponse<String> empty = submit(c, "/organizations/studios", "organization_id", Long.toString(f.org), "name", "   ");
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Name is required"));
        HttpResponse<String> longName = submit(c, "/organizations/studios", "organization_id", Long.toString(f.org), "name", "x".repeat(192));
        assertEquals(422, longName.statusCode());
        assertTrue(longName.body().contains("at most 191 characters"));
        assertEquals(422, submit(c, "/organizations/studios/" + f.studioA + "/rename", "name", "").statusCode());
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM studio"));
        assertEquals("Studio A", nameOf(f.studioA));
        assertEquals(404, submit(c, "/organizations/studios/99999999/rename", "name", "Ghost").statusCode());
        assertEquals(404, submit(c, "/organizations/studios/abc/rename", "name", "Ghost").statusCode());
        assertEquals(200, c.get(studiosOf(f.org) + "&page=-4&sort=evil:asc&name=%25").statusCode(), "odd list parameters are forgiven");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        PortalClient c = signedIn(f.owner);
        assertEquals(403, forge(c, "/organizations/studios", "organization_id", Long.toString(f.org), "name", "Forged").statusCode());
        assertEquals(403, forge(c, "/organizations/studios/" + f.studioA + "/archive").statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM studio WHERE name = 'Forged'"));
    }

    @Test
    void listsPageSortAndFilter() {
        long org = Fixtures.organization(Fixtures.unique("Many studios"));
        for (int i = 1; i <= 30; i++) {
            Fixtures.studio(org, String.format("S%02d", i));
        }
        String owner = Fixtures.user("manyowner");
        Fixtures.grant(owner, "organization", org, "owner");
        PortalClient c = signedIn(owner);
        Document first = page(c, studiosOf(org));
        assertEquals(25, names(first).size());
        assertEquals("S01", names(first).get(0));
        assertEquals("30 studios", first.selectFirst("p.count").text());
        Document second = page(c, first.selectFirst("nav.pager a.next").attr("href"));
        assertEquals(List.of("S26", "S27", "S28", "S29", "S30"), names(second));
        Document descending = page(c, first.selectFirst("th a.sort[href*=name]").attr("href"));
        assertEquals("S30", names(descending).get(0), "the name header toggles to descending");
        assertEquals(List.of("S10", "S11", "S12", "S13", "S14", "S15", "S16", "S17", "S18", "S19"),
                names(page(c, studiosOf(org) + "&name=S1")));
    }

    @Test
    void iconsAreUploadedWithTheFormsToken() throws Exception {
        PortalClient c = signedIn(f.owner);
        String csrf = c.csrfFrom("/");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        byte[] body = ImagesIT.multipart(fields, ImagesIT.png(48, 48));
        HttpResponse<String> r = c.postBytes("/organizations/studios/" + f.studioB + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, body);
        assertEquals(303, r.statusCode());
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM studio WHERE id = ? AND icon IS NOT NULL", f.studioB));

        HttpResponse<String> text = c.postBytes("/organizations/studios/" + f.studioA + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, multipartText(csrf));
        assertEquals(422, text.statusCode());
        assertTrue(text.body().contains("not a PNG, JPEG or WebP image"));
        HttpResponse<String> forged = c.postBytes("/organizations/studios/" + f.studioA + "/icon",
                "multipart/form-data; boundary=" + ImagesIT.BOUNDARY, ImagesIT.multipart(Map.of(), ImagesIT.png(8, 8)));
        assertEquals(403, forged.statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM studio WHERE id = ? AND icon IS NOT NULL", f.studioA));
        Fixtures.execute("UPDATE studio SET icon = NULL, icon_type = NULL WHERE id = ?", f.studioB);
    }

    private static byte[] multipartText(String csrf) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        return ImagesIT.multipart(fields, "just some text pretending to be a picture".getBytes());
    }

    @Test
    void everyTextIsTranslated() {
        Document page = page(signedIn(f.owner), studiosOf(f.org));
        assertFalse(page.html().contains("??"), "no missing message keys");
        assertEquals("Studios", page.selectFirst("nav.tabs a.active").text());
    }
}
