package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.OverviewCards.overview;
import static org.polymetric.portal.OverviewCards.present;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.OverviewCards;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/** The export card on a game's overview: a prepared export of the game, answered by its builder, for viewers of the game only. */
class ExportCardIT extends PortalIT {
    static long game;
    static long other;
    static String viewer;
    static String outsider;

    @BeforeEach
    void fixture() {
        if (viewer != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Export card"));
        long studio = Fixtures.studio(org, "Video");
        game = Fixtures.game(studio, "Replays");
        other = Fixtures.game(studio, "Trailers");
        outsider = Fixtures.user("exportcardoutsider");
        Fixtures.grant(outsider, "organization", Fixtures.organization(Fixtures.unique("Theirs")), "owner");
        viewer = Fixtures.user("exportcardviewer");
        Fixtures.grant(viewer, "game", game, "viewer");
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theCardOpensAPreparedExportOfTheLastSevenDays() {
        Element card = present(overview(signedIn(viewer), game), "export");
        assertEquals("Export", card.selectFirst("h2").text());
        assertEquals(Map.of(), OverviewCards.values(card), "no figures: the module keeps no saved exports");
        assertEquals(List.of(List.of("Prepared", "Last 7 days by day, bytes over HTTP and P2P"), List.of("Formats", "CSV, JSON (API)")),
                OverviewCards.rows(card));
        assertEquals("Open this export", card.selectFirst("a.card-link").text());
        String link = OverviewCards.link(card);
        LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertEquals("/export/games/" + game + "?interval=1d&from=" + end.minusDays(7) + "T00%3A00&to=" + end
                + "T00%3A00&metric=http&metric=p2p", link);
        Document builder = OverviewCards.page(signedIn(viewer), link);
        assertEquals("1d", builder.selectFirst("select[name=interval] option[selected]").val());
        assertTrue(builder.selectFirst("section.preview a.download").attr("href").startsWith("/export/games/" + game + "/export.csv?"),
                "the query answered: its preview and download");
        assertTrue(builder.select("p.field-error, p.alert.error").isEmpty(), builder.select("main").html());
    }

    @Test
    void othersGetNoOverview() {
        assertEquals(404, OverviewCards.status(signedIn(viewer), other), "a game of the organization the viewer has no access to");
        assertEquals(404, OverviewCards.status(signedIn(outsider), game));
    }

    @Test
    void theListAndTheBuilderLinkToTheOverview() {
        PortalClient c = signedIn(viewer);
        assertEquals(List.of("/games/" + game), OverviewCards.overviewLinks(OverviewCards.page(c, "/export")));
        assertEquals(List.of("/games/" + game), OverviewCards.overviewLinks(OverviewCards.page(c, "/export/games/" + game)));
    }
}
