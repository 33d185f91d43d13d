package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Adding a module jar to the WAR adds its API, its page in the theme, its texts and its navigation. */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class ModulesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return ModuleDeployments.withSampleModule();
    }

    @ArquillianResource
    URL base;

    @Test
    void theModulesApiIsServed() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        assertEquals("from a module", PortalClient.json(c.get("/api/sample/hello")).getString("hello"));
    }

    /** Only what a module declares is served: a resource in its jar it does not name stays dark. */
    @Test
    void aResourceTheModuleDoesNotDeclareIsNotServed() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        assertEquals(404, c.get("/api/sample/undeclared").statusCode());
        assertEquals(200, c.get("/api/sample/hello").statusCode());
    }

    @Test
    void theModulesPageUsesTheThemeAndTheModulesTexts() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        Document page = c.page("/sample");
        assertEquals("Sample module", page.title());
        assertEquals("Hello from a module, 3 times", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("link[rel=stylesheet]").attr("href").contains("/theme/default/"));
        assertEquals("Sample", page.selectFirst("nav a.active").text());
    }

    @Test
    void navigationShowsAModulesLinksToThoseWhoMayOpenThem() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        admin.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        List<String> adminLinks = admin.page("/").select("nav a").eachText();
        assertEquals(List.of("Home", "Games", "Organization", "Sample", "Sample admin", "Analytics", "Counters", "Stream stats", "Export", "Account", "Admin"),
                adminLinks);

        String email = Fixtures.user("modviewer");
        PortalClient user = new PortalClient(base.toURI());
        user.loginOrFail(email, Fixtures.PASSWORD);
        List<String> userLinks = user.page("/").select("nav a").eachText();
        assertTrue(userLinks.contains("Sample"));
        assertFalse(userLinks.contains("Sample admin"), userLinks.toString());
    }
}
