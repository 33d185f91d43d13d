package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * The pages under {@code /streamstats} through the real server, from beacons posted to
 * {@code /api/ingest/playback}: the games list, a game's channels, a channel's streams and a
 * stream's renditions with the right figures, sorting (ties in key order) and paging, the CSV
 * of tables and series, the breakdowns, the setup card, the access matrix and the page's own 400s.
 * <p>All beacons last 60 s and end 1 s before the current 5-minute edge, so they lie inside the
 * last point of {@code 24h} (288 points of 5 minutes; the window is 86 400 000 ms long, so
 * 10 800 000 bytes are 1 kbps over it): alpha (d1: 1 MB cdn, 2 MB p2p, 60 s played: p2p), beta
 * (d2: 3 kbps cdn, 60 s; d3: not p2p compatible, 30 s), gamma (d4: 1 kbps cdn, 60 s).
 */
class StreamstatsPagesIT extends PortalIT {
    private static final long MINUTE = 60_000;
    private static final String KBPS = "10800000";
    static long game;
    static long paged;
    static long other;
    static String viewer;
    static String gameViewer;
    static String outsider;
    /** The start of the 24 h window's last point, where every beacon lies. */
    static long point;

    @BeforeEach
    void fixture() throws Exception {
        if (viewer != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("streampages"));
        long studio = Fixtures.studio(org, "Broadcasts");
        game = Fixtures.game(studio, "Live TV");
        paged = Fixtures.game(studio, "Many channels");
        long otherOrg = Fixtures.organization(Fixtures.unique("streamother"));
        other = Fixtures.game(Fixtures.studio(otherOrg, "Theirs"), "Their TV");
        viewer = Fixtures.user("streamviewer");
        Fixtures.grant(viewer, "organization", org, "viewer");
        gameViewer = Fixtures.user("streamgame");
        Fixtures.grant(gameViewer, "game", game, "viewer");
        outsider = Fixtures.user("streamoutsider");
        Fixtures.grant(outsider, "organization", otherOrg, "viewer");

        long now = System.currentTimeMillis();
        if (now % (5 * MINUTE) > 4 * MINUTE + 30_000) {
            // too close to the next edge: the window's last point would move while the test reads it
            Thread.sleep(5 * MINUTE - now % (5 * MINUTE) + 1_000);
            now = System.currentTimeMillis();
        }
        long edge = now - now % (5 * MINUTE);
        point = edge - 5 * MINUTE;
        long end = edge - 1_000;
        String key = key(game);
        posted(beacon(key, "d1", end, "alpha", "s1", "3000000", "v1", KBPS, "21600000", 60_000, "android", true),
                beacon(key, "d2", end, "beta", "b1", "3000000", "v1", "32400000", "0", 60_000, "android", true),
                beacon(key, "d3", end, "beta", "b1", "3000000", "v1", "0", "0", 30_000, "ios", false),
                beacon(key, "d4", end, "gamma", "g1", "1500000", "low", KBPS, "0", 60_000, "ios", true));
        String pagedKey = key(paged);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            many.add(beacon(pagedKey, "p" + i, end, String.format("ch%02d", i), "s", "1", "r", "1000", "0", 1_000, "linux", true));
        }
        posted(many.toArray(String[]::new));
    }

    /** A database that cannot serve the module: the pages answer the theme's 503 page, not JSON, and work again after. */
    @Test
    void aDatabaseThatDoesNotAnswerIsTheThemes503Page() {
        PortalClient c = signedIn(viewer);
        Fixtures.execute("RENAME TABLE streamstats_scope TO streamstats_scope_away");
        try {
            for (String path : new String[]{path(game) + "?time=24h", path(game) + "/channels/alpha?time=1h"}) {
                HttpResponse<String> r = c.get(path);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertEquals("text/html", r.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
                Document d = Jsoup.parse(r.body());
                assertNotNull(d.selectFirst("main.error-page"), path + ": the theme's error page");
                assertEquals(DatabaseOutage.MESSAGE, d.selectFirst("main.error-page p.message").text(), path);
                assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(null), path);
            }
        } finally {
            Fixtures.execute("RENAME TABLE streamstats_scope_away TO streamstats_scope");
        }
        page(c, path(game) + "?time=24h");
    }

    private static String key(long id) {
        return Fixtures.text("SELECT game_key FROM game WHERE id = ?", id);
    }

    private static String beacon(String key, String device, long end, String channel, String stream, String bitrate,
                                 String representation, String cdn, String p2p, long played, String os, boolean compatible) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 60000, \"channel_id\": \"" + channel + "\", \"stream_id\": \"" + stream
                + "\", \"bitrate\": \"" + bitrate + "\", \"representation_id\": \"" + representation
                + "\", \"stream_uri\": \"https://cdn.example/" + stream + ".m3u8\", \"cdn_bytes\": " + cdn + ", \"p2p_bytes\": " + p2p
                + ", \"played_ms\": " + played + ", \"os\": \"" + os + "\", \"p2p_compatible\": " + compatible + "}";
    }

    private void posted(String... beacons) {
        HttpResponse<String> r = client().postBytes("/api/ingest/playback", "application/json",
                ("[" + String.join(", ", beacons) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, r.statusCode(), r.body());
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    private static Document page(PortalClient c, String path) {
        HttpResponse<String> r = c.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertFalse(r.body().contains("??"), path + " has a text missing from the bundle");
        return Jsoup.parse(r.body(), c.uri(path).toString());
    }

    /** The summary table's rows, each as its cells' texts. */
    private static List<List<String>> rows(Document d) {
        return d.select("table.summary tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
    }

    private static List<String> keys(Document d) {
        return d.select("table.summary tbody td.key > a, table.summary tbody td.key > span").eachText();
    }

    private static String local(Element a, String attribute) {
        URI u = URI.create(a.absUrl(attribute));
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String path(long id) {
        return "/streamstats/games/" + id;
    }

    @Test
    void theListShowsTheGamesOfTheCallersReach() {
        Document d = page(signedIn(viewer), "/streamstats");
        assertEquals("Stream stats", d.selectFirst("nav a.active").text(), "the navigation entry, active here");
        List<String> hrefs = d.select("ul.games a.game").stream().map(a -> local(a, "href")).toList();
        assertTrue(hrefs.contains(path(game)) && hrefs.contains(path(paged)), hrefs.toString());
        assertFalse(hrefs.contains(path(other)), "another organization's game is not listed");
        List<String> theirs = page(signedIn(outsider), "/streamstats").select("ul.games a.game").stream()
                .map(a -> local(a, "href")).toList();
        assertEquals(List.of(path(other)), theirs);
    }

    @Test
    void aGamesChannelsCarryTheirFiguresAndLinkToTheirStreamsAndRenditions() {
        PortalClient c = signedIn(viewer);
        Document d = page(c, path(game) + "?time=24h");
        assertEquals(List.of(
                List.of("alpha", "0", "1", "0", "1", "2", "3", "0:01:00"),
                List.of("beta", "1", "0", "1", "3", "0", "3", "0:01:30"),
                List.of("gamma", "1", "0", "0", "1", "0", "1", "0:01:00")), rows(d));
        assertNull(d.selectFirst("meta[http-equiv=refresh]"), "only live pages refresh");
        assertEquals("24 hours", d.selectFirst("nav.windows a.active").text());
        Element alpha = d.selectFirst("table.summary td.key a");
        assertEquals(path(game) + "/channels/alpha?time=24h", local(alpha, "href"));

        Document channel = page(c, local(alpha, "href"));
        assertEquals(List.of(List.of("s1 https://cdn.example/s1.m3u8", "0", "1", "0", "1", "2", "3", "0:01:00")), rows(channel));
        Element stream = channel.selectFirst("table.summary td.key a");
        assertEquals(path(game) + "/channels/alpha/streams/s1?time=24h", local(stream, "href"));
        assertNull(channel.selectFirst("section.setup"), "the setup card is on the game's page");

        Document renditions = page(c, local(stream, "href"));
        assertEquals(List.of(List.of("3000000 v1", "0", "1", "0", "1", "2", "3", "0:01:00")), rows(renditions));
        assertNull(renditions.selectFirst("table.summary td.key a"), "renditions are the last level");
        assertEquals(7, renditions.select("table.summary thead th").size() - 1);

        Document unknown = page(c, path(game) + "/channels/" + "x".repeat(300) + "?time=24h");
        assertTrue(rows(unknown).isEmpty(), "a channel never reported has an empty table, not an error");
        assertNotNull(unknown.selectFirst("section.listing p.nodata"));
        Document encoded = page(c, path(game) + "/channels/a%20b%3Cc%3E/streams/%C3%A9?time=24h");
        assertEquals("Stream é", encoded.selectFirst("h1").text(), "any id is a path segment, shown as text");
    }

    @Test
    void tablesSortByAnyColumnWithTiesInKeyOrder() {
        PortalClient c = signedIn(viewer);
        assertEquals(List.of("alpha", "beta", "gamma"), keys(page(c, path(game) + "?time=24h&sort=total_throughput&dir=desc")),
                "alpha and beta tie at 3 kbps: key order");
        assertEquals(List.of("gamma", "alpha", "beta"), keys(page(c, path(game) + "?time=24h&sort=total_throughput&dir=asc")));
        assertEquals(List.of("beta", "alpha", "gamma"), keys(page(c, path(game) + "?time=24h&sort=viewing_time&dir=desc")));
        assertEquals(List.of("alpha", "beta", "gamma"), keys(page(c, path(game) + "?time=24h&sort=p2p_devices&dir=desc")));
        assertEquals(List.of("beta", "alpha", "gamma"), keys(page(c, path(game) + "?time=24h&sort=not_compatible_devices&dir=desc")));
        assertEquals(List.of("gamma", "beta", "alpha"), keys(page(c, path(game) + "?time=24h&sort=key&dir=desc")));
        Document byCdn = page(c, path(game) + "?time=24h&sort=cdn_throughput&dir=desc");
        assertEquals(List.of("beta", "alpha", "gamma"), keys(byCdn));
        Element heading = byCdn.selectFirst("table.summary th[data-column=cdn_throughput]");
        assertEquals("descending", heading.attr("aria-sort"));
        assertEquals(path(game) + "?time=24h&sort=cdn_throughput&dir=asc", local(heading.selectFirst("a"), "href"),
                "the sorted column's heading flips the order");
    }

    @Test
    void tablesArePagedAsTheApiPages() {
        PortalClient c = signedIn(viewer);
        Document first = page(c, path(paged) + "?time=24h");
        assertEquals(25, rows(first).size());
        assertEquals("ch00", keys(first).get(0));
        assertEquals("Page 1 of 2", first.selectFirst("nav.pager .page-of").text());
        assertNull(first.selectFirst("nav.pager a.previous"));
        Element next = first.selectFirst("nav.pager a.next");
        assertEquals(path(paged) + "?time=24h&page=1", local(next, "href"));
        Document second = page(c, local(next, "href"));
        assertEquals(List.of("ch25", "ch26"), keys(second));
        assertNotNull(second.selectFirst("nav.pager a.previous"));
        assertEquals(List.of("ch26", "ch25"), keys(page(c, path(paged) + "?time=24h&sort=key&dir=desc")).subList(0, 2));
        assertTrue(rows(page(c, path(paged) + "?time=24h&page=5")).isEmpty(), "a page past the last is empty");
    }

    @Test
    void csvOfTablesAndSeries() {
        PortalClient c = signedIn(viewer);
        HttpResponse<String> table = c.get(path(game) + "/channels.csv?time=24h&sort=total_throughput&dir=asc");
        assertEquals(200, table.statusCode(), table.body());
        assertTrue(table.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("\"channel_id\",\"cdn_devices\",\"p2p_devices\",\"not_compatible_devices\",\"cdn_throughput\","
                + "\"p2p_throughput\",\"total_throughput\",\"cdn_viewing_time\",\"p2p_viewing_time\",\"total_viewing_time\"\n"
                + "\"gamma\",1,0,0,1,0,1,60,0,60\n"
                + "\"alpha\",0,1,0,1,2,3,0,60,60\n"
                + "\"beta\",1,0,1,3,0,3,90,0,90\n", table.body());
        assertEquals("\"stream_id\",\"stream_uri\",\"cdn_devices\",\"p2p_devices\",\"not_compatible_devices\",\"cdn_throughput\","
                + "\"p2p_throughput\",\"total_throughput\",\"cdn_viewing_time\",\"p2p_viewing_time\",\"total_viewing_time\"\n"
                + "\"b1\",\"https://cdn.example/b1.m3u8\",1,0,1,3,0,3,90,0,90\n",
                c.get(path(game) + "/channels/beta/streams.csv?time=24h").body());
        assertEquals("\"bitrate\",\"representation_id\",\"cdn_devices\",\"p2p_devices\",\"not_compatible_devices\",\"cdn_throughput\","
                + "\"p2p_throughput\",\"total_throughput\",\"cdn_viewing_time\",\"p2p_viewing_time\",\"total_viewing_time\"\n"
                + "\"1500000\",\"low\",1,0,0,1,0,1,60,0,60\n",
                c.get(path(game) + "/channels/gamma/streams/g1/renditions.csv?time=24h").body());
        // the point's bytes over its 300 000 ms: 54 000 000 cdn and 21 600 000 p2p bytes
        assertEquals("\"datetime\",\"cdn\",\"p2p\"\n" + point + ",1440,576\n",
                c.get(path(game) + "/series.csv?metric=throughput&time=24h").body());
        assertEquals("\"datetime\",\"cdn\",\"p2p\"\n" + point + ",864,0\n",
                c.get(path(game) + "/channels/beta/series.csv?metric=throughput&time=24h").body());
        // beta: 90 s played by cdn beacons, nothing rebuffered
        assertEquals("\"datetime\",\"cdn\",\"p2p\"\n" + point + ",0,0\n",
                c.get(path(game) + "/channels/beta/series.csv?metric=rebuffering&time=24h").body());
        assertEquals("\"datetime\",\"value\",\"devices\"\n" + point + ",\"ANDROID\",2\n" + point + ",\"IOS\",2\n",
                c.get(path(game) + "/series.csv?metric=os&time=24h").body());
        assertEquals("\"datetime\",\"value\",\"devices\"\n" + point + ",\"IOS\",1\n",
                c.get(path(game) + "/channels/gamma/streams/g1/series.csv?metric=os&time=24h").body());
    }

    @Test
    void chartsBreakdownsAndTheSetupCard() {
        PortalClient c = signedIn(viewer);
        Document d = page(c, path(game) + "?time=24h");
        assertEquals(List.of("throughput", "buffer_health", "rebuffering", "response_times", "dropped_frames", "buffer_filling_rate"),
                d.select("div.chart-card").eachAttr("data-metric"));
        Element throughput = d.selectFirst("div.chart-card[data-metric=throughput]");
        assertNotNull(throughput.selectFirst("svg.chart"), throughput.html());
        assertEquals(2, throughput.select("svg.chart circle").size(), "one point per source: dots");
        assertNotNull(d.selectFirst("div.chart-card[data-metric=buffer_health] p.nodata"), "no beacon reported buffer health");
        Element os = d.selectFirst("div.breakdown[data-metric=os]");
        assertEquals(List.of(List.of("ANDROID", "2"), List.of("IOS", "2")),
                os.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).toList());
        Element setup = d.selectFirst("section.setup");
        String key = key(game);
        assertEquals(key, setup.selectFirst("code.app-key").text());
        String curl = setup.selectFirst("code.curl-beacon").text();
        assertTrue(curl.startsWith("curl -X POST 'http") && curl.contains("/api/ingest/playback'"), curl);
        assertTrue(curl.contains("\"app_key\": \"" + key + "\""), curl);
        assertTrue(setup.selectFirst("code.curl-api").text().contains("/api/streamstats/summary?time=live&game_id=" + game));
        assertEquals("/account", local(setup.selectFirst("a.tokens"), "href"));
    }

    @Test
    void livePagesRefreshThemselves() {
        Document d = page(signedIn(viewer), path(game));
        assertEquals("5", d.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("Live", d.selectFirst("nav.windows a.active").text());
    }

    @Test
    void aUserSeesOnlyTheGamesOfTheirReach() {
        PortalClient theirs = signedIn(outsider);
        PortalClient oneGame = signedIn(gameViewer);
        for (String p : List.of("", "?time=24h", "/channels/alpha", "/channels/alpha/streams/s1", "/channels.csv",
                "/channels/alpha/streams.csv", "/channels/alpha/streams/s1/renditions.csv", "/series.csv?metric=os")) {
            HttpResponse<String> r = theirs.get(path(game) + p);
            assertEquals(404, r.statusCode(), "another organization's game: " + p);
            assertFalse(r.body().contains("alpha\""), p);
            assertEquals(404, oneGame.get(path(paged) + p).statusCode(), "a viewer of one game, another game: " + p);
            assertTrue(client().get(path(game) + p).statusCode() != 200, "signed out: " + p);
        }
        assertEquals(200, oneGame.get(path(game) + "/channels/alpha?time=24h").statusCode());
        assertEquals(404, theirs.get("/streamstats/games/not-a-number").statusCode());
    }

    @Test
    void badParametersAreThePagesOwn400() {
        PortalClient c = signedIn(viewer);
        for (String[] bad : new String[][]{
                {"?time=1m", "time must be one of live, 10m, 1h, 24h, 1w, 1M"},
                {"?time=", "time must be one of live, 10m, 1h, 24h, 1w, 1M"},
                {"/channels/alpha?time=LIVE", "time must be one of live, 10m, 1h, 24h, 1w, 1M"},
                {"?sort=bogus", "sort must be one of key, cdn_devices"},
                {"?dir=up", "dir must be asc or desc"},
                {"?page=-1", "page must be a whole number from 0 to 1000000"},
                {"?page=" + "9".repeat(5000), "page must be a whole number from 0 to 1000000"},
                {"/channels.csv?time=1y", "time must be one of"},
                {"/series.csv?metric=nope&time=24h", "metric must be one of throughput"},
                {"/series.csv?time=24h", "metric must be one of throughput"}}) {
            long started = System.nanoTime();
            HttpResponse<String> r = c.get(path(game) + bad[0]);
            assertTrue(System.nanoTime() - started < 3_000_000_000L, bad[0] + " answered slowly");
            assertEquals(400, r.statusCode(), bad[0] + ": " + r.body());
            assertTrue(r.body().contains(bad[1]), bad[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), bad[0]);
        }
        assertEquals(3, rows(page(c, path(game) + "?time=24h")).size(), "the pages still answer");
    }
}
