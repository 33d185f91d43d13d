package org.polymetric.portal.overview;

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
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalDeployment;
import org.polymetric.portal.TestDatabase;

/**
 * A portal built without the counters module (the WAR {@code WithoutModuleIT} runs, so the two
 * share a server): the game overview has no counters card and no error, the other modules' cards
 * are there, and no ranking of counters is offered.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class OverviewWithoutModuleIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.without("module-counters-", 1);
    }

    @ArquillianResource
    URL base;

    @Test
    void theGamePageHasNoCardOfTheMissingModuleAndNoError() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("Without Org"));
        long game = Fixtures.game(Fixtures.studio(org, "S"), "Without counters");
        String owner = Fixtures.user("ov-without");
        Fixtures.grant(owner, "organization", org, "owner");
        PortalClient c = new PortalClient(base.toURI());
        c.loginOrFail(owner, Fixtures.PASSWORD);
        assertEquals(200, c.get("/games/" + game).statusCode());
        Document page = c.page("/games/" + game);
        assertEquals("Without counters", page.selectFirst("main h1").text());
        List<String> modules = page.select("section.overview-card").eachAttr("data-module");
        assertFalse(modules.contains("counters"), modules.toString());
        assertTrue(page.select(".alert.error").isEmpty(), page.html());

        assertEquals(200, c.get("/games").statusCode());
        Document ranking = c.page("/games?organization_id=" + org);
        assertEquals(List.of(String.valueOf(game)), ranking.select("table.ranking tr[data-game]").eachAttr("data-game"));
        assertFalse(ranking.select(".ranking-choice a").eachAttr("data-rank").contains("ccu"));
        assertTrue(ranking.select(".alert.error").isEmpty(), ranking.html());
    }
}
