package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.epoch;
import static org.polymetric.portal.events.EventsFixtures.metrics;
import static org.polymetric.portal.events.EventsFixtures.sdk;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * The analytics pages under {@code /events}: the game list, a game's dashboard, events explorer,
 * retention, live view and setup, and the CSV download of each table, for a signed-in browser.
 * Data is written through {@code /i} today (and yesterday, for retention) in a game whose days
 * are cut in Europe/Istanbul. Someone from another organization gets the themed 404 everywhere.
 */
class EventsPagesIT extends PortalIT {
    static boolean seeded;
    static long game;
    static long signed;
    static long values;
    static String owner;
    static String viewer;
    static String outsider;
    static LocalDate today;

    @BeforeEach
    void seedOnce() throws Exception {
        if (seeded) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Analytics pages"));
        long studio = Fixtures.studio(org, "Pages studio");
        game = EventsFixtures.game(studio, "Pages game", ISTANBUL);
        signed = EventsFixtures.game(studio, "Signed game", ISTANBUL);
        values = EventsFixtures.game(studio, "Values game", ISTANBUL);
        owner = EventsFixtures.person("pagesowner", "organization", org, "owner");
        viewer = EventsFixtures.person("pagesviewer", "game", game, "viewer");
        long other = Fixtures.organization(Fixtures.unique("Elsewhere"));
        outsider = EventsFixtures.person("pagesoutsider", "organization", other, "owner");

        EventsFixtures.awayFromMidnight(ISTANBUL);
        today = LocalDate.now(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        String key = EventsFixtures.appKey(game);
        PortalClient c = client();
        sdk(c, key, "p1", now - 120, "begin_session", "1", "country_code", "TR",
                "metrics", metrics("Android", "13", "Pixel 7", "1080x2400", "Vodafone", "2.0"));
        sdk(c, key, "p1", now - 60, "end_session", "1", "session_duration", "60");
        sdk(c, key, "p2", now - 100, "begin_session", "1", "country_code", "DE",
                "metrics", metrics("iOS", "17.2", "iPhone15,2", "1170x2532", "Telekom", "2.0"));
        sdk(c, key, "p1", now - 90, "events", "[{\"key\":\"purchase\",\"count\":2,\"sum\":3.5,\"segmentation\":{\"tier\":\"gold\"}}]");
        sdk(c, key, "p2", now - 80, "events", "[{\"key\":\"purchase\",\"count\":1,\"sum\":1,\"segmentation\":{\"tier\":\"silver\"}}]");
        sdk(c, key, "p3", epoch(today.minusDays(1), 12, 0, ISTANBUL), "begin_session", "1", "country_code", "TR",
                "metrics", metrics("Android", "13", "Pixel 7", "1080x2400", "Vodafone", "2.0"));
        sdk(c, key, "p3", now - 70, "begin_session", "1", "country_code", "TR",
                "metrics", metrics("Android", "13", "Pixel 7", "1080x2400", "Vodafone", "2.0"));
        String valuesKey = EventsFixtures.appKey(values);
        sdk(c, valuesKey, "v1", now - 60, "begin_session", "1", "country_code", "TR",
                "metrics", metrics("Android", "4.4", "Pixel 7", "1080x2400", "T-Mobile U.S.", "2.1.0"));
        sdk(c, valuesKey, "v1", now - 50, "events",
                "[{\"key\":\"level_done\",\"count\":1,\"segmentation\":{\"level\":7,\"build\":\"1.2.3\"}}]");
        seeded = true;
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    private static Document page(PortalClient c, String path) {
        HttpResponse<String> r = c.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body(), c.uri(path).toString());
    }

    /** The cells of the table rows under {@code selector}, a list per row. */
    private static List<List<String>> rows(Document page, String selector) {
        return page.select(selector + " tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
    }

    private static HttpResponse<String> post(PortalClient c, String path, boolean withCsrf, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (withCsrf) {
            form.put("_csrf", c.csrfFrom("/"));
        }
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return c.postForm(path, form);
    }

    private static String base(long id) {
        return "/events/games/" + id;
    }

    @Test
    void theGameListShowsTheGamesTheCallerMayView() {
        List<String> owned = page(signedIn(owner), "/events").select("ul.games a.game").eachText();
        assertTrue(owned.containsAll(List.of("Pages game", "Signed game")), owned.toString());
        assertEquals(List.of("Pages game"), page(signedIn(viewer), "/events").select("ul.games a.game").eachText());
        assertFalse(page(signedIn(outsider), "/events").select("ul.games a.game").eachText().contains("Pages game"));
    }

    @Test
    void theDashboardShowsTodaysFiguresTopsAndCountries() {
        Document d = page(signedIn(viewer), base(game) + "?period=hour");
        assertEquals("Pages game", d.selectFirst("h1").text());
        assertEquals(List.of(List.of(today.toString(), "3", "3", "2", "1.0")), rows(d, "section:has(#time-data) table.data"),
                "three sessions of three devices, two of them new, one minute");
        assertEquals(List.of(List.of("Android", "2", "67 %"), List.of("iOS", "1", "33 %")),
                rows(d, "div.tops section:nth-of-type(1) table.data"), "platforms by sessions");
        List<List<String>> countries = rows(d, "section:has(#country-data) table.data");
        assertEquals(List.of(List.of("Turkey", "2", "2", "1"), List.of("Germany", "1", "1", "1")), countries);
        for (String chart : List.of("#activity-data", "#time-data", "#country-data")) {
            assertTrue(PortalClient.jsonOf(d.selectFirst("script" + chart).data()).toString().startsWith("{"), chart);
        }
        assertNotNull(d.selectFirst("p.attribution a[href=https://db-ip.com]"), "DB-IP's licence asks for the link");
    }

    @Test
    void aChangeWithNothingEarlierToCompareWithIsNeutralNotGrowth() {
        PortalClient c = signedIn(viewer);
        // the week before holds nothing: no figure's change can be computed
        Elements week = page(c, base(game) + "?period=7days").select("div.figure span.change");
        assertEquals(6, week.size());
        for (Element change : week) {
            assertEquals(Set.of("change", "neutral"), change.classNames(), change.outerHtml());
            assertEquals("–", change.text());
            assertFalse(change.attr("title").isEmpty(), "says why there is no change");
        }
        // today against yesterday's one session: three sessions are a rise
        Element sessions = page(c, base(game) + "?period=hour").selectFirst("div.figure:has(span.name:containsOwn(Total sessions)) span.change");
        assertEquals(Set.of("change", "up"), sessions.classNames());
        assertEquals("200.0%", sessions.text());
    }

    @Test
    void theExplorerShowsAnEventOverTimeAndBySegmentValue() {
        Document d = page(signedIn(viewer), base(game) + "/events?period=hour&event=purchase&segment=tier");
        assertEquals(List.of("purchase"), d.select("select#event option").eachText());
        assertEquals(List.of(List.of("gold", "2", "3.5", "0.0"), List.of("silver", "1", "1.0", "0.0")),
                rows(d, "section:has(#value-data) table.data"));
    }

    @Test
    void retentionShowsYesterdaysCohortBackToday() {
        Document d = page(signedIn(viewer), base(game) + "/retention?period=7days");
        List<List<String>> cohorts = rows(d, "table.retention");
        List<String> yesterday = cohorts.stream().filter(r -> r.get(0).equals(today.minusDays(1).toString())).findFirst()
                .orElseThrow(() -> new AssertionError(cohorts.toString()));
        assertEquals(List.of("1", "100.0 %", "100.0 %"), yesterday.subList(1, 4));
    }

    @Test
    void theLivePageReadsTheLiveMethods() {
        Element live = page(signedIn(viewer), base(game) + "/live").selectFirst("section.live");
        assertNotNull(live);
        assertTrue(live.attr("data-live").contains("method=live"), live.attr("data-live"));
        assertTrue(live.attr("data-graph").contains("method=live_graph"), live.attr("data-graph"));
    }

    @Test
    void everyTableDownloadsAsCsv() {
        PortalClient c = signedIn(viewer);
        HttpResponse<String> r = c.get(base(game) + "/csv/countries?period=hour");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), r.headers().toString());
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.get(0).contains("country") && lines.get(0).contains("sessions"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("Turkey") && l.contains(",2,")), lines.toString());
        String segments = c.get(base(game) + "/csv/segment?period=hour&event=purchase&segment=tier").body();
        assertTrue(segments.lines().anyMatch(l -> l.startsWith("gold,2,3.5") || l.startsWith("\"gold\",2,3.5")), segments);
        assertEquals(404, c.get(base(game) + "/csv/nonsense?period=hour").statusCode());
    }

    /**
     * Issue 21: pages and CSV downloads show values as the SDK sent them (a segment value {@code 7}
     * and {@code 1.2.3}, app version {@code 2.1.0}, carrier {@code T-Mobile U.S.}), while
     * {@code /o} answers Countly's stored form ({@code [CLY]7}, {@code 1:2:3}, {@code 2:1:0}),
     * as the golden files of the Countly read ITs have it.
     */
    @Test
    void pagesAndCsvShowValuesAsSentWhileTheApiKeepsCountlysForm() {
        PortalClient c = signedIn(owner);
        Document d = page(c, base(values) + "?period=hour");
        assertEquals(List.of(List.of("T-Mobile U.S.", "1", "100 %")), rows(d, "div.tops section:nth-of-type(3) table.data"));
        assertEquals(List.of(List.of("2.1.0", "1", "100 %")), rows(d, "div.tops section:nth-of-type(4) table.data"));

        Document level = page(c, base(values) + "/events?period=hour&event=level_done&segment=level");
        assertEquals(List.of(List.of("7", "1", "0.0", "0.0")), rows(level, "section:has(#value-data) table.data"));
        assertEquals("[\"7\"]", PortalClient.jsonOf(level.selectFirst("script#value-data").data()).asJsonObject()
                .getJsonArray("labels").toString(), "the chart's labels");
        Document build = page(c, base(values) + "/events?period=hour&event=level_done&segment=build");
        assertEquals(List.of(List.of("1.2.3", "1", "0.0", "0.0")), rows(build, "section:has(#value-data) table.data"));

        assertEquals(List.of("\"value\",\"sessions\",\"users\",\"new_users\",\"share_percent\"", "\"2.1.0\",1,1,1,100"),
                c.get(base(values) + "/csv/app_versions?period=hour").body().lines().toList());
        assertEquals(List.of("\"T-Mobile U.S.\",1,1,1,100"),
                c.get(base(values) + "/csv/carriers?period=hour").body().lines().skip(1).toList());
        assertEquals(List.of("\"7\",1,0.0,0.0"),
                c.get(base(values) + "/csv/segment?period=hour&event=level_done&segment=level").body().lines().skip(1).toList());
        assertEquals(List.of("\"1.2.3\",1,0.0,0.0"),
                c.get(base(values) + "/csv/segment?period=hour&event=level_done&segment=build").body().lines().skip(1).toList());

        JsonObject meta = PortalClient.json(c.get("/o?app_id=" + values + "&method=events&event=level_done&period=hour"))
                .getJsonObject("meta");
        assertEquals("[\"[CLY]7\"]", meta.getJsonArray("level").toString());
        assertEquals("[\"1:2:3\"]", meta.getJsonArray("build").toString());
        JsonObject devices = PortalClient.json(c.get("/o?app_id=" + values + "&method=app_versions&period=hour"))
                .getJsonObject("meta");
        assertEquals("[\"2:1:0\"]", devices.getJsonArray("app_versions").toString());
        assertEquals("[\"a4:4\"]", devices.getJsonArray("os_versions").toString());
        JsonObject carriers = PortalClient.json(c.get("/o?app_id=" + values + "&method=carriers&period=hour")).getJsonObject("meta");
        assertEquals("[\"T-Mobile U:S:\"]", carriers.getJsonArray("carriers").toString());
    }

    @Test
    void someoneFromAnotherOrganizationGetsNotFoundEverywhere() {
        PortalClient c = signedIn(outsider);
        for (String path : List.of("", "/events", "/retention", "/live", "/setup", "/csv/days")) {
            assertEquals(404, c.get(base(game) + path).statusCode(), path);
        }
        assertEquals(404, post(c, base(game) + "/setup", true, "checksums", "on").statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM events_app WHERE game_id = ? AND checksum_required", game));
        assertTrue(client().get(base(game)).statusCode() != 200, "signed out: no page");
    }

    @Test
    void aGameIdThatIsNotPlainDigitsIsTheThemed404EvenForItsViewer() {
        PortalClient c = signedIn(viewer);
        assertEquals(200, c.get(base(game)).statusCode());
        for (String raw : List.of("+" + game, game + "x", " " + game, "9".repeat(5_000))) {
            long started = System.nanoTime();
            HttpResponse<String> r = c.get("/events/games/" + raw.replace(" ", "%20") + "/events");
            assertEquals(404, r.statusCode(), raw);
            assertTrue(r.body().contains("404"), "the themed page: " + raw);
            assertTrue(System.nanoTime() - started < 3_000_000_000L, "answered fast: " + raw);
        }
        assertEquals(200, c.get(base(game) + "/events").statusCode(), "still answers");
    }

    @Test
    void setupShowsTheAppKeyAndOnlyAdminsTurnChecksumsOn() throws Exception {
        String key = EventsFixtures.appKey(signed);
        Document asOwner = page(signedIn(owner), base(signed) + "/setup");
        assertEquals(key, asOwner.selectFirst("code.app-key").text());
        assertTrue(asOwner.selectFirst("pre.try").text().contains("/i?app_key=" + key + "&device_id="), asOwner.selectFirst("pre.try").text());
        URI server = URI.create(asOwner.selectFirst("code.server").text());
        assertEquals(client().uri("/").getPort(), server.getPort());

        PortalClient c = signedIn(owner);
        assertEquals(403, post(c, base(signed) + "/setup", false, "checksums", "on").statusCode(), "no CSRF token");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM events_app WHERE game_id = ? AND checksum_required", signed));

        HttpResponse<String> r = post(c, base(signed) + "/setup", true, "checksums", "on");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(base(signed) + "/setup?notice=saved", URI.create(r.headers().firstValue("Location").orElseThrow()).getPath()
                + "?" + URI.create(r.headers().firstValue("Location").orElseThrow()).getQuery());
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM events_app WHERE game_id = ? AND checksum_required", signed));
        Document saved = page(c, base(signed) + "/setup?notice=saved");
        assertNotNull(saved.selectFirst("p.notice"));
        assertTrue(saved.selectFirst("form.checksums input[name=checksums]").hasAttr("checked"));
        // the write API keeps what it knows of an app for a few seconds
        String result = "";
        for (int i = 0; i < 40 && !result.equals("Request does not have checksum"); i++) {
            Thread.sleep(250);
            result = PortalClient.json(client().get("/i?app_key=" + key + "&device_id=unsigned-" + i + "&begin_session=1"))
                    .getString("result");
        }
        assertEquals("Request does not have checksum", result);

        assertEquals(303, post(c, base(signed) + "/setup", true).statusCode(), "an unchecked box turns them off");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM events_app WHERE game_id = ? AND checksum_required", signed));
    }

    @Test
    void viewersSeeTheSetupButCannotChangeIt() {
        PortalClient c = signedIn(viewer);
        Document d = page(c, base(game) + "/setup");
        assertEquals(EventsFixtures.appKey(game), d.selectFirst("code.app-key").text());
        assertNull(d.selectFirst("form.checksums"));
        assertEquals(403, post(c, base(game) + "/setup", true, "checksums", "on").statusCode());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM events_app WHERE game_id = ? AND checksum_required", game));
    }

    /**
     * The checksum salt is the game's {@code secret_key}: only admins of the game may see it, and
     * they see it on the organizations module's game page. No events page, CSV or read shows it to
     * anyone, so no kept answer can carry it from one audience to the other.
     */
    @Test
    void noEventsPageOrReadShowsTheChecksumSalt() {
        String secret = Fixtures.text("SELECT secret_key FROM game WHERE id = ?", game);
        for (String who : List.of(viewer, owner)) {
            PortalClient c = signedIn(who);
            for (String path : List.of("", "/events", "/retention", "/live", "/setup", "/csv/days", "/csv/event?event=purchase")) {
                HttpResponse<String> r = c.get(base(game) + path);
                assertEquals(200, r.statusCode(), path + ": " + r.body());
                assertFalse(r.body().contains(secret), path + " shows the secret to " + who);
            }
            for (String read : List.of("method=get_events", "method=sessions", "method=live")) {
                HttpResponse<String> r = c.get("/o?app_id=" + game + "&" + read);
                assertEquals(200, r.statusCode(), read + ": " + r.body());
                assertFalse(r.body().contains(secret), read + " shows the secret to " + who);
            }
        }
    }
}
