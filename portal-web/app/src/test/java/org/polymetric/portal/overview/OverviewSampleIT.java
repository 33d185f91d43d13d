package org.polymetric.portal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.ModuleDeployments;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TestDatabase;

/**
 * How the portal renders what a module's {@code GameOverview} gives, with the sample module's card
 * (one figure of each direction, a trend, a row, a link) and rankings (a game's trailing number, a
 * title's length): the HTML contract the dialects' cards rely on, a failing card left out, a card
 * whose module is not in the build ignored, the ranking's order and pages. Same deployment as
 * {@code ModulesIT}, so the two share a server.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class OverviewSampleIT {
    /** Every module id that may have a card, in module order (order, then id). */
    static final List<String> MODULE_ORDER = List.of("organizations", "sample", "events", "counters", "streamstats", "export");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ModuleDeployments.withSampleModule();
    }

    @ArquillianResource
    URL base;

    private record Org(long id, long studio, String owner) {
    }

    private Org organization() {
        long org = Fixtures.organization(Fixtures.unique("Overview"));
        long studio = Fixtures.studio(org, "Studio");
        String owner = Fixtures.user("overview-owner");
        Fixtures.grant(owner, "organization", org, "owner");
        return new Org(org, studio, owner);
    }

    private PortalClient signedIn(String email) throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theSampleCardFollowsTheHtmlContract() throws Exception {
        Org o = organization();
        long game = Fixtures.game(o.studio(), "Comet");
        Document page = signedIn(o.owner()).page("/games/" + game);
        assertEquals("Comet", page.selectFirst("main h1").text());
        Element card = page.selectFirst("section.overview-card[data-module=sample]");
        assertNotNull(card, page.html());
        assertEquals("Sample of Comet", card.selectFirst("h2").text());
        List<String> directions = card.select("div.figure").eachAttr("data-direction");
        assertEquals(List.of("up", "down", "up", "neutral", "neutral"), directions);
        assertEquals(List.of("Up", "Down", "Small", "No earlier", "Plain"), card.select(".figure .figure-label").eachText());
        assertEquals(List.of("112", "50", "1 004", "3", "7"), card.select(".figure .figure-value").eachText());
        assertEquals(List.of("+12 %", "-50 %", "+0.4 %"), card.select(".figure .figure-change").eachText(),
                "a change only where one can be computed");
        Element spark = card.selectFirst("svg.sparkline");
        assertNotNull(spark, card.html());
        assertEquals("Sample <trend>", spark.selectFirst("title").text(), "the trend's label, escaped");
        assertEquals(1, card.select("svg.sparkline polyline").size());
        assertEquals("Region eu", card.selectFirst("table.card-rows tr th").text());
        assertEquals("4", card.selectFirst("table.card-rows tr td").text());
        assertEquals("/sample", card.selectFirst("a.card-link").attr("href"));
        assertEquals("Open the sample", card.selectFirst("a.card-link").text());
        assertTrue(page.select("section.overview-card[data-module=orphan]").isEmpty(), "a card of no module in the build is ignored");
    }

    @Test
    void cardsComeInModuleOrder() throws Exception {
        Org o = organization();
        long game = Fixtures.game(o.studio(), "Ordered");
        List<String> modules = signedIn(o.owner()).page("/games/" + game).select("section.overview-card").eachAttr("data-module");
        assertTrue(modules.contains("sample"), modules.toString());
        List<String> expected = new ArrayList<>(MODULE_ORDER);
        expected.retainAll(modules);
        assertEquals(expected, modules);
    }

    @Test
    void aFailingCardIsLeftOutAndThePageStillAnswers() throws Exception {
        Org o = organization();
        long game = Fixtures.game(o.studio(), "Will explode");
        PortalClient c = signedIn(o.owner());
        assertEquals(200, c.get("/games/" + game).statusCode());
        Document page = c.page("/games/" + game);
        assertEquals("Will explode", page.selectFirst("main h1").text());
        assertTrue(page.select("section.overview-card[data-module=sample]").isEmpty(), page.html());
        long fine = Fixtures.game(o.studio(), "Fine");
        assertFalse(c.page("/games/" + fine).select("section.overview-card[data-module=sample]").isEmpty(),
                "the module's other games keep their card");
    }

    @Test
    void gamesAreRankedHighestFirstInPagesOf25() throws Exception {
        Org o = organization();
        List<Long> games = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            games.add(Fixtures.game(o.studio(), "Game " + i));
        }
        long unscored = Fixtures.game(o.studio(), "Unscored");
        PortalClient c = signedIn(o.owner());
        Document first = c.page("/games?organization_id=" + o.id() + "&rank=samplescore");
        List<String> rows = first.select("table.ranking tr[data-game]").eachAttr("data-game");
        assertEquals(25, rows.size());
        for (int i = 0; i < 25; i++) {
            assertEquals(String.valueOf(games.get(29 - i)), rows.get(i), "highest score first, at " + i);
        }
        Element top = first.selectFirst("table.ranking tr[data-game]");
        assertEquals("score 30", top.selectFirst("td.rank-value").text());
        assertEquals("/games/" + games.get(29), top.selectFirst("a").attr("href"));
        assertEquals("Sample score", top.selectFirst("svg.sparkline title").text());
        assertEquals("samplescore", first.selectFirst(".ranking-choice a.active").attr("data-rank"));
        String next = first.selectFirst("nav.pages a.next").attr("href");
        assertTrue(next.contains("rank=samplescore") && next.contains("page=2"), next);

        Document second = c.page(next);
        List<String> rest = second.select("table.ranking tr[data-game]").eachAttr("data-game");
        assertEquals(List.of(games.get(4), games.get(3), games.get(2), games.get(1), games.get(0), unscored).stream()
                .map(String::valueOf).toList(), rest, "a game without a value ranks as zero, last");
        assertEquals("no data", second.selectFirst("tr[data-game=" + unscored + "] td.rank-value").text());
        assertNull(second.selectFirst("nav.pages a.next"));
        assertNotNull(second.selectFirst("nav.pages a.previous"));
        assertEquals(rest, c.page("/games?organization_id=" + o.id() + "&rank=samplescore&page=99")
                .select("table.ranking tr[data-game]").eachAttr("data-game"), "a page past the last shows the last");
    }

    @Test
    void theViewerPicksTheRankingAndAnUnknownOneIsTheDefault() throws Exception {
        Org o = organization();
        long shortTitle = Fixtures.game(o.studio(), "Ab 1");
        long longTitle = Fixtures.game(o.studio(), "Abcdefgh 2");
        PortalClient c = signedIn(o.owner());
        Document byLength = c.page("/games?organization_id=" + o.id() + "&rank=samplelength");
        assertEquals(List.of(String.valueOf(longTitle), String.valueOf(shortTitle)),
                byLength.select("table.ranking tr[data-game]").eachAttr("data-game"));
        assertEquals("10 chars", byLength.selectFirst("tr[data-game=" + longTitle + "] td.rank-value").text());
        List<String> offered = byLength.select(".ranking-choice a").eachAttr("data-rank");
        assertTrue(offered.containsAll(List.of("samplescore", "samplelength")), offered.toString());
        assertFalse(offered.contains("orphanscore"), "a ranking of no module in the build is not offered");
        Document unknown = c.page("/games?organization_id=" + o.id() + "&rank=nosuch");
        assertEquals(200, c.get("/games?organization_id=" + o.id() + "&rank=nosuch").statusCode());
        assertEquals(offered.get(0), unknown.selectFirst(".ranking-choice a.active").attr("data-rank"));
    }
}
