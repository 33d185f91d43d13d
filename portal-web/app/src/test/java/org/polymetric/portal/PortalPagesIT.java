package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The portal shell: themed pages and errors, JSON errors on APIs, assets, headers, health, OpenAPI. */
class PortalPagesIT extends PortalIT {

    PortalClient signedIn() throws Exception {
        PortalClient c = client();
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        return c;
    }

    @Test
    void everyPageHasTheLayoutContract() throws Exception {
        PortalClient c = signedIn();
        for (String path : new String[]{"/", "/account", "/admin"}) {
            Document page = c.page(path);
            assertFalse(page.select("header nav.navigation a").isEmpty(), path + ": navigation");
            assertEquals(Admin.EMAIL, page.selectFirst(".user-menu .user").text(), path + ": user menu");
            assertFalse(page.select(".user-menu form[action=/logout] input[name=_csrf]").isEmpty(), path + ": sign out");
            assertTrue(page.selectFirst("footer .version").text().matches("\\d+\\.\\d+\\.\\d+.*"), path + ": version");
            assertFalse(page.html().contains("??"), path + ": every text comes from a message bundle");
        }
    }

    @Test
    void navigationMarksTheCurrentSection() throws Exception {
        Document account = signedIn().page("/account");
        assertEquals("Account", account.selectFirst("nav a.active").text());
    }

    @Test
    void unknownPagesGetTheThemedNotFoundPage() throws Exception {
        HttpResponse<String> r = signedIn().get("/no/such/page");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("theme/default/style.css") && r.body().contains("404"), r.body());
    }

    @Test
    void apiPathsAnswerJsonErrors() throws Exception {
        PortalClient c = client();
        HttpResponse<String> missing = c.get("/api/no/such/thing");
        assertEquals(404, missing.statusCode());
        assertEquals("Not Found", PortalClient.json(missing).getString("error"));
        HttpResponse<String> wrongMethod = c.delete("/api/noop");
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(PortalClient.json(wrongMethod).containsKey("error"));
    }

    @Test
    void aForbiddenPageIsThemedToo() throws Exception {
        String email = Fixtures.user("nonadmin");
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        HttpResponse<String> r = c.get("/admin");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("class=\"content error-page\""), r.body());
        assertFalse(c.page("/").select("nav a").eachText().contains("Admin"), "no link to what one may not open");
    }

    @Test
    void staticAssetsAreCachedAndRevalidated() throws Exception {
        PortalClient c = client();
        HttpResponse<String> css = c.get("/static/theme/default/style.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, c.get("/static/theme/default/style.css", "If-None-Match", etag).statusCode());
        assertEquals(200, c.get("/static/theme/dark/style.css").statusCode(), "every theme's assets are served");
        assertEquals(404, c.get("/static/../WEB-INF/web.xml").statusCode());
        assertEquals(404, c.get("/static/theme/default/missing.css").statusCode());
    }

    @Test
    void thePortalsIconIsServedToAnyoneAndLinkedFromThePages() throws Exception {
        PortalClient c = client();
        HttpResponse<byte[]> ico = c.getBytes("/favicon.ico");
        assertEquals(200, ico.statusCode(), "no sign-in needed: browsers ask before anyone signs in");
        assertEquals("image/x-icon", ico.headers().firstValue("Content-Type").orElse(""));
        assertTrue(ico.headers().firstValue("Cache-Control").orElse("").contains("public"));
        byte[] body = ico.body();
        assertTrue(body.length > 22 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0, "an ICO file");
        String etag = ico.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, c.get("/favicon.ico", "If-None-Match", etag).statusCode());
        Document login = c.page("/login");
        for (Element link : login.select("link[rel=icon]")) {
            HttpResponse<String> icon = c.get(link.attr("href"));
            assertEquals(200, icon.statusCode(), link.attr("href"));
        }
        assertEquals(List.of("/static/portal/favicon.svg", "/favicon.ico"),
                login.select("link[rel=icon]").eachAttr("href").stream().map(h -> h.replaceAll("\\?.*", "")).toList(),
                "the SVG first, the ICO for browsers without SVG icons");
    }

    @Test
    void securityHeadersAreOnEveryAnswer() throws Exception {
        PortalClient c = client();
        for (String path : new String[]{"/login", "/api/noop", "/static/theme/default/style.css"}) {
            HttpResponse<String> r = c.get(path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void healthIsReadyWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> r = client().get("/health/ready");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"database\""), r.body());
    }

    @Test
    void openApiDescribesTheResources() throws Exception {
        HttpResponse<String> r = client().get("/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/tokens"), r.body());
        assertTrue(r.body().contains("/api/admin/organizations"));
        assertTrue(r.body().contains("title: Polymetric"), "the portal names itself");
    }

    @Test
    void theNoopEndpointNeedsNoSignIn() throws Exception {
        HttpResponse<String> r = client().get("/api/noop");
        assertEquals(200, r.statusCode());
        assertEquals("{\"ok\":true}", r.body());
    }
}
