package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.polymetric.portal.OverviewCards.overview;
import static org.polymetric.portal.OverviewCards.present;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.OverviewCards;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * The stream stats card on a game's overview, from beacons posted to {@code /api/ingest/playback}
 * that end 1 s before the current 5-minute edge, so they lie in the latest complete 5 minutes the
 * card shows: d1 on p2p (10 800 000 cdn and 21 600 000 p2p bytes), d2 on cdn (32 400 000 bytes,
 * 21 s of its 60 s rebuffered), d3 not p2p compatible (no bytes), d4 on cdn (10 800 000 bytes);
 * 210 s played. So 75 600 000 bytes over 300 s: 2 016 kbps; rebuffering 21 / 210 = 10 %.
 */
class StreamstatsCardIT extends PortalIT {
    private static final long FIVE_MINUTES = 300_000;
    static long live;
    static long silent;
    static String owner;
    static String gameViewer;
    static String outsider;

    @BeforeEach
    void fixture() throws Exception {
        if (owner != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Streams card"));
        long studio = Fixtures.studio(org, "Broadcasts");
        live = Fixtures.game(studio, "Live");
        silent = Fixtures.game(studio, "Silent");
        gameViewer = Fixtures.user("streamcardviewer");
        Fixtures.grant(gameViewer, "game", live, "viewer");
        outsider = Fixtures.user("streamcardoutsider");
        Fixtures.grant(outsider, "organization", Fixtures.organization(Fixtures.unique("Theirs")), "owner");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", live);
        long end = pointEnd();
        posted(beacon(key, "d1", end, "10800000", "21600000", 60_000, 0, true),
                beacon(key, "d2", end, "32400000", "0", 60_000, 21_000, true),
                beacon(key, "d3", end, "0", "0", 30_000, 0, false),
                beacon(key, "d4", end, "10800000", "0", 60_000, 0, true));
        owner = Fixtures.user("streamcardowner");
        Fixtures.grant(owner, "organization", org, "owner");
    }

    /** A beacon of 60 s ending at {@code end} (epoch ms). */
    static String beacon(String key, String device, long end, String cdn, String p2p, long played, long rebuffered,
                         boolean compatible) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 60000, \"channel_id\": \"news\", \"stream_id\": \"s1\", \"bitrate\": \"800\""
                + ", \"representation_id\": \"v1\", \"cdn_bytes\": " + cdn + ", \"p2p_bytes\": " + p2p
                + ", \"played_ms\": " + played + ", \"rebuffered_ms\": " + rebuffered + ", \"p2p_compatible\": " + compatible + "}";
    }

    /**
     * 1 s before the current 5-minute edge; first waits for the next edge when fewer than 2
     * minutes are left, so that the point the beacons fall in stays the latest complete one
     * while the class reads it.
     */
    static long pointEnd() throws InterruptedException {
        long now = System.currentTimeMillis();
        if (now % FIVE_MINUTES > 3 * 60_000) {
            Thread.sleep(FIVE_MINUTES - now % FIVE_MINUTES + 1_000);
            now = System.currentTimeMillis();
        }
        return now - now % FIVE_MINUTES - 1_000;
    }

    static void posted(PortalClient c, String... beacons) {
        HttpResponse<String> r = c.postBytes("/api/ingest/playback", "application/json",
                ("[" + String.join(", ", beacons) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, r.statusCode(), r.body());
    }

    private void posted(String... beacons) {
        posted(client(), beacons);
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theCardShowsTheLatestFiveMinutesViewersThroughputAndRebuffering() {
        Element card = present(overview(signedIn(owner), live), "streamstats");
        assertEquals("Stream stats", card.selectFirst("h2").text());
        assertEquals(Map.of("Viewers on cdn (last 5 min)", "2", "Viewers on p2p (last 5 min)", "1",
                "Viewers not p2p compatible (last 5 min)", "1", "Throughput (last 5 min)", "2,016 kbps",
                "Rebuffering (last 5 min)", "10 %"), OverviewCards.values(card));
        assertEquals("Throughput, last 24 hours", OverviewCards.trend(card));
        assertEquals("/streamstats/games/" + live, OverviewCards.link(card));

        Element game = present(overview(signedIn(gameViewer), live), "streamstats");
        assertEquals("2", OverviewCards.values(game).get("Viewers on cdn (last 5 min)"), "a viewer of the game sees the same");
    }

    @Test
    void aGameWithoutBeaconsHasACardOfZerosAndOthersNoOverview() {
        Element card = present(overview(signedIn(owner), silent), "streamstats");
        assertEquals(Map.of("Viewers on cdn (last 5 min)", "0", "Viewers on p2p (last 5 min)", "0",
                "Viewers not p2p compatible (last 5 min)", "0", "Throughput (last 5 min)", "0 kbps",
                "Rebuffering (last 5 min)", "0 %"), OverviewCards.values(card));
        assertEquals(404, OverviewCards.status(signedIn(gameViewer), silent));
        assertEquals(404, OverviewCards.status(signedIn(outsider), live));
    }

    @Test
    void theListAndTheGamesPageLinkToTheOverview() {
        PortalClient c = signedIn(gameViewer);
        assertEquals(List.of("/games/" + live), OverviewCards.overviewLinks(OverviewCards.page(c, "/streamstats")));
        assertEquals(List.of("/games/" + live), OverviewCards.overviewLinks(OverviewCards.page(c, "/streamstats/games/" + live)));
    }
}
