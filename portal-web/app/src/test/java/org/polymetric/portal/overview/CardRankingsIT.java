package org.polymetric.portal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.OverviewCards;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * The organization overview ({@code /games?rank=}) ordered by each module's ranking figure, from
 * data written through each module's own API into three games of a new organization: users
 * (events, devices seen this week) Bravo 3, Alpha 1, Charlie none; CCU (counters, the 24 h peak)
 * Alpha 500, Bravo 100, Charlie none; viewers (stream stats, the latest complete 5 minutes)
 * Charlie 2, Alpha 1, Bravo none.
 */
class CardRankingsIT extends PortalIT {
    private static final long FIVE_MINUTES = 300_000;
    static long org;
    static long alpha;
    static long bravo;
    static long charlie;
    static String owner;

    @BeforeEach
    void fixture() throws Exception {
        if (owner != null) {
            return;
        }
        org = Fixtures.organization(Fixtures.unique("Rankings"));
        long studio = Fixtures.studio(org, "All");
        alpha = Fixtures.game(studio, "Alpha");
        bravo = Fixtures.game(studio, "Bravo");
        charlie = Fixtures.game(studio, "Charlie");
        String admin = Fixtures.user("rankadmin");
        Fixtures.grant(admin, "organization", org, "admin");
        PortalClient c = client();
        session(c, alpha, "a1");
        for (String device : List.of("b1", "b2", "b3")) {
            session(c, bravo, device);
        }
        String token = new TokenMaker(new PortalClient(c.uri("/")), admin).token("organization", org, "admin");
        long now = System.currentTimeMillis() / 1000;
        HttpResponse<String> w = c.postBytes("/api/counters/write?precision=s", "text/plain; charset=utf-8",
                ("Ccu,appid=" + key(alpha) + ",region=eu value=500 " + (now - 3600) + "\n"
                        + "Ccu,appid=" + key(bravo) + ",region=eu value=100 " + (now - 60) + "\n").getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token);
        assertEquals(204, w.statusCode(), w.body());
        long ms = System.currentTimeMillis();
        if (ms % FIVE_MINUTES > 3 * 60_000) {
            // too close to the next edge: the latest complete 5 minutes would move while the test reads them
            Thread.sleep(FIVE_MINUTES - ms % FIVE_MINUTES + 1_000);
            ms = System.currentTimeMillis();
        }
        long end = ms - ms % FIVE_MINUTES - 1_000;
        HttpResponse<String> b = c.postBytes("/api/ingest/playback", "application/json", ("[" + beacon(charlie, "c1", end) + ", "
                + beacon(charlie, "c2", end) + ", " + beacon(alpha, "a1", end) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, b.statusCode(), b.body());
        owner = Fixtures.user("rankowner");
        Fixtures.grant(owner, "organization", org, "owner");
    }

    private static String key(long game) {
        return Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
    }

    /** A session begun now through Countly's {@code /i}. */
    private static void session(PortalClient c, long game, String device) {
        HttpResponse<String> r = c.get("/i?app_key=" + key(game) + "&device_id=" + device + "&begin_session=1");
        assertEquals(200, r.statusCode(), r.body());
    }

    private static String beacon(long game, String device, long end) {
        return "{\"app_key\": \"" + key(game) + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 60000, \"channel_id\": \"main\", \"stream_id\": \"s\", \"cdn_bytes\": 1000, \"played_ms\": 60000}";
    }

    private Document ranked(String key) {
        PortalClient c = client();
        c.loginOrFail(owner, Fixtures.PASSWORD);
        return OverviewCards.page(c, "/games?organization_id=" + org + "&rank=" + key);
    }

    /** The ranking's games in order, each with its shown value; games without a figure (shown as the page shows none) last. */
    private static void assertRanked(Document d, List<Long> order, Map<Long, String> values) {
        Map<Long, String> shown = OverviewCards.ranking(d);
        assertEquals(order, List.copyOf(shown.keySet()), shown.toString());
        values.forEach((game, value) -> assertEquals(value, shown.get(game), "game " + game));
    }

    @Test
    void gamesRankByActiveUsersOfTheWeek() {
        assertRanked(ranked("users"), List.of(bravo, alpha, charlie), Map.of(bravo, "3", alpha, "1"));
    }

    @Test
    void gamesRankByTheirCcuPeakOfTheDay() {
        assertRanked(ranked("ccu"), List.of(alpha, bravo, charlie), Map.of(alpha, "500", bravo, "100"));
    }

    @Test
    void gamesRankByTheViewersOfTheLatestFiveMinutes() {
        assertRanked(ranked("viewers"), List.of(charlie, alpha, bravo), Map.of(charlie, "2", alpha, "1"));
    }
}
