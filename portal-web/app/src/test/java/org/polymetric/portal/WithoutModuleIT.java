package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.launcher.Migrations;

/**
 * The portal without one of its modules, as {@code mvn -Dwithout.counters package} builds it (the
 * real WAR with the counters jar taken out): the rest works, and the module's pages, APIs and
 * navigation are gone; its tables, made by a portal that had it, are left as they are.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class WithoutModuleIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return withoutModule("counters");
    }

    /** The WAR under test without {@code WEB-INF/lib/module-<id>-*.jar}. */
    static WebArchive withoutModule(String id) {
        return PortalDeployment.without("module-" + id + "-", 1);
    }

    @ArquillianResource
    URL base;

    @Test
    void theOtherModulesWork() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        String admin = PortalClient.basic(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(200, c.get("/api/organizations/studios", "Authorization", admin).statusCode());
        assertEquals(400, c.get("/i").statusCode(), "Countly's write API answers (no app_key)");
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(200, c.get("/events").statusCode());
    }

    @Test
    void theModulesPagesApisAndNavigationAreGone() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        String admin = PortalClient.basic(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(404, c.get("/api/counters/licenses?organization_id=1", "Authorization", admin).statusCode());
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(404, c.get("/counters").statusCode());
        List<String> links = c.page("/").select("nav a").eachText();
        assertFalse(links.contains("Counters"), links.toString());
        assertTrue(links.contains("Analytics"), links.toString());
    }

    @Test
    void migratingWithoutTheModuleLeavesItsTablesAlone() throws Exception {
        Path dir = Files.createTempDirectory("without-counters");
        Path war = dir.resolve("portal.war");
        withoutModule("counters").as(ZipExporter.class).exportTo(war.toFile(), true);
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            long before = count(s, "SELECT COUNT(*) FROM flyway_history_counters");
            Migrations.applyFromWar(TestDatabase.target(), war, dir.resolve("migrations"));
            assertEquals(before, count(s, "SELECT COUNT(*) FROM flyway_history_counters"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM counters_series WHERE 1 = 0"), "counters_series is still there");
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
