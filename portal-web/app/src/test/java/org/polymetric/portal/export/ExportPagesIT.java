package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.polymetric.portal.TokenMaker;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * The pages under {@code /export} through the real server, over beacons posted to
 * {@code /api/ingest/playback}: the games list, the builder's form, its refusals beside their
 * fields with what was typed kept, its preview and download against the API's answer to the same
 * query, and who may open it.
 * <p>Beacons of 60 s end 30 and 90 minutes before the current hour's start {@code hour}: d1
 * (Chrome, FR, Android, page /live), d2 (Firefox, DE, iOS, no page) and d3 (Chrome, DE, Android)
 * in the last hour before it, d1 again in the hour before that.
 */
class ExportPagesIT extends PortalIT {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    static long game;
    static long other;
    static String viewer;
    static String outsider;
    static String token;
    static long hour;

    @BeforeEach
    void fixture() throws Exception {
        if (viewer != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("exportpages"));
        game = Fixtures.game(Fixtures.studio(org, "Broadcasts"), "Live TV");
        long otherOrg = Fixtures.organization(Fixtures.unique("exportother"));
        other = Fixtures.game(Fixtures.studio(otherOrg, "Theirs"), "Their TV");
        viewer = Fixtures.user("exportviewer");
        Fixtures.grant(viewer, "organization", org, "viewer");
        outsider = Fixtures.user("exportoutsider");
        Fixtures.grant(outsider, "organization", otherOrg, "viewer");
        token = new TokenMaker(new PortalClient(client().uri("/")), viewer).token("organization", org, "viewer");

        long now = System.currentTimeMillis();
        hour = now - now % HOUR;
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        posted(beacon(key, "d1", hour - 30 * MINUTE, 1_000_000, 500_000, "Chrome", "FR", "Android", "/live"),
                beacon(key, "d2", hour - 30 * MINUTE, 2_000_000, 0, "Firefox", "DE", "iOS", ""),
                beacon(key, "d3", hour - 30 * MINUTE, 300_000, 700_000, "Chrome", "DE", "Android", ""),
                beacon(key, "d1", hour - 90 * MINUTE, 4_000_000, 0, "Chrome", "FR", "Android", "/live"));
        // the rollups may be written beside the request: wait until the API sees all four beacons
        long deadline = System.currentTimeMillis() + 20_000;
        while (!apiJson(body(hour - 3 * HOUR, hour, "1h", "[\"http\"]", "")).toString().matches(".*4000000.*3300000.*")) {
            assertTrue(System.currentTimeMillis() < deadline, "the beacons never reached the export's rollups");
            Thread.sleep(200);
        }
    }

    private static String beacon(String key, String device, long end, long cdn, long p2p, String browser, String country,
                                 String os, String page) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 60000, \"channel_id\": \"c\", \"stream_id\": \"s\", \"cdn_bytes\": " + cdn
                + ", \"p2p_bytes\": " + p2p + ", \"played_ms\": 60000, \"rebuffered_ms\": 1000, \"browser\": \"" + browser
                + "\", \"country_code\": \"" + country + "\", \"os\": \"" + os + "\", \"page\": \"" + page + "\"}";
    }

    private void posted(String... beacons) {
        HttpResponse<String> r = client().postBytes("/api/ingest/playback", "application/json",
                ("[" + String.join(", ", beacons) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, r.statusCode(), r.body());
    }

    private static String body(long from, long to, String interval, String metrics, String rest) {
        return "{\"from\": " + from + ", \"to\": " + to + ", \"interval\": \"" + interval + "\", \"metrics\": " + metrics + rest + "}";
    }

    private HttpResponse<String> api(String format, String body) {
        HttpResponse<String> r = client().postJson("/api/export/v1/export?format=" + format + "&game_id=" + game, body,
                "X-Auth-Token", token);
        assertEquals(200, r.statusCode(), body + ": " + r.body());
        return r;
    }

    private JsonObject apiJson(String body) {
        return PortalClient.json(api("json", body));
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    private static Document page(PortalClient c, String path, int status) {
        HttpResponse<String> r = c.get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertEquals("text/html", r.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
        assertFalse(r.body().contains("??"), path + " has a text missing from the bundle");
        return Jsoup.parse(r.body(), c.uri(path).toString());
    }

    private static String path(long id) {
        return "/export/games/" + id;
    }

    private static String local(Element a, String attribute) {
        URI u = URI.create(a.absUrl(attribute));
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String input(long ms) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC).toString();
    }

    /** A query string of name, value pairs, encoded. */
    private static String query(String... pairs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return "?" + String.join("&", out);
    }

    /** The form's fields for the last three hours by hour, then any more pairs. */
    private static String form(String... more) {
        List<String> pairs = new ArrayList<>(List.of("interval", "1h", "from", input(hour - 3 * HOUR), "to", input(hour)));
        pairs.addAll(List.of(more));
        return query(pairs.toArray(String[]::new));
    }

    @Test
    void theListShowsTheGamesOfTheCallersReachAndTheBuilderOpensWithItsForm() {
        PortalClient c = signedIn(viewer);
        Document list = page(c, "/export", 200);
        assertEquals("Export", list.selectFirst("nav a.active").text(), "the navigation entry, active here");
        List<String> hrefs = list.select("ul.games a.game").stream().map(a -> local(a, "href")).toList();
        assertTrue(hrefs.contains(path(game)), hrefs.toString());
        assertFalse(hrefs.contains(path(other)), "another organization's game is not listed");

        Document d = page(c, path(game), 200);
        assertEquals("Export · Live TV", d.selectFirst("h1").text());
        Element form = d.selectFirst("form.builder");
        assertEquals("get", form.attr("method"), "building an export changes nothing");
        assertEquals("1h", form.selectFirst("select#interval option[selected]").val());
        assertEquals(10, form.select("select#interval option").size());
        assertEquals("datetime-local", form.selectFirst("input#from").attr("type"));
        assertEquals(input(hour + HOUR - 24 * HOUR).substring(0, 16), form.selectFirst("input#from").val());
        assertEquals(List.of("http", "p2p", "played", "rebuffered", "sessions"), form.select("input[name=metric]").eachAttr("value"));
        assertEquals(2, form.select("select[name=dimension]").size());
        assertEquals(6, form.select("fieldset.filters input[type=text]").size());
        assertEquals(List.of("Chrome", "Firefox"), form.select("datalist#values-browser-name option").eachAttr("value"),
                "the game's stored values are suggested");
        assertEquals("values-browser-name", form.selectFirst("input[name='filter.browser.name']").attr("list"));
        assertNull(d.selectFirst("section.preview"), "no preview before the form is sent");
        assertTrue(form.select("p.field-error").isEmpty());
    }

    @Test
    void thePreviewIsTheApisAnswerAndTheDownloadItsCsv() {
        PortalClient c = signedIn(viewer);
        String asked = form("metric", "http", "metric", "p2p", "metric", "sessions", "dimension", "browser.name",
                "dimension", "country.code", "filter.os.name", "Android, iOS");
        Document d = page(c, path(game) + asked, 200);
        JsonArray data = apiJson(body(hour - 3 * HOUR, hour, "1h", "[\"http\", \"p2p\", \"sessions\"]",
                ", \"dimensions\": [\"browser.name\", \"country.code\"], \"filters\": {\"os.name\": [\"Android\", \"iOS\"]}"))
                .getJsonArray("data");
        assertEquals(List.of("timestamp", "browser.name", "country.code", "http", "p2p", "sessions"),
                d.select("table.preview thead th").eachText());
        List<List<String>> rows = d.select("table.preview tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
        assertEquals(4, data.size(), data.toString());
        List<List<String>> fromApi = new ArrayList<>();
        for (JsonValue v : data) {
            JsonObject o = v.asJsonObject();
            fromApi.add(List.of(input(o.getJsonNumber("timestamp").longValue()).replace('T', ' ').substring(0, 16),
                    o.getString("browser.name"), o.getString("country.code"), o.get("http").toString(), o.get("p2p").toString(),
                    o.get("sessions").toString()));
        }
        assertEquals(fromApi, rows, "the preview's lines are the API's, in its order");
        assertEquals(List.of("Chrome", "FR", "4000000", "0", "0.017"), rows.get(0).subList(1, 6),
                "an hour with one minute of one session");
        assertNotNull(d.selectFirst("p.count"));
        assertNull(d.selectFirst("p.more"));
        assertNotNull(d.selectFirst("section.preview svg.chart polyline"), "the chart draws the combinations");
        assertEquals(3, d.select("section.preview svg.chart rect").size(), "a line per combination: Chrome·DE, Chrome·FR, Firefox·DE");
        assertTrue(d.select("section.preview svg.chart").outerHtml().contains("Chrome · FR"));

        Element download = d.selectFirst("a.download");
        assertEquals(path(game) + "/export.csv" + asked, local(download, "href"));
        HttpResponse<String> csv = c.get(local(download, "href"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv", csv.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String apiCsv = api("csv", body(hour - 3 * HOUR, hour, "1h", "[\"http\", \"p2p\", \"sessions\"]",
                ", \"dimensions\": [\"browser.name\", \"country.code\"], \"filters\": {\"os.name\": [\"Android\", \"iOS\"]}")).body();
        assertEquals(apiCsv, csv.body(), "the download is the API's CSV, byte for byte");
        assertTrue(csv.body().startsWith("\"timestamp\",\"browser.name\",\"country.code\",\"http\",\"p2p\",\"sessions\"\n"), csv.body());

        String curl = d.selectFirst("section.api pre.curl").text();
        assertTrue(curl.startsWith("curl -X POST '"), curl);
        assertTrue(curl.contains("/api/export/v1/export?game_id=" + game + "'"), curl);
        assertTrue(curl.contains("-H 'X-Auth-Token: YOUR_TOKEN'"), curl);
        assertTrue(curl.contains("\"dimensions\":[\"browser.name\",\"country.code\"]"), curl);
        assertTrue(curl.contains("\"filters\":{\"os.name\":[\"Android\",\"iOS\"]}"), curl);
        assertEquals("/account", local(d.selectFirst("section.api a.tokens"), "href"));
    }

    @Test
    void withoutDimensionsEveryIntervalIsPreviewedAndDatesAreRoundedWithANote() {
        PortalClient c = signedIn(viewer);
        String asked = query("interval", "1h", "from", input(hour - 3 * HOUR + 20 * MINUTE), "to", input(hour - 5 * MINUTE),
                "metric", "http", "metric", "played");
        Document d = page(c, path(game) + asked, 200);
        List<String> notes = d.select("ul.notes li").eachText();
        assertEquals(List.of("from rounded down to " + input(hour - 3 * HOUR).substring(0, 16) + " UTC, the start of its 1h interval",
                "to rounded up to " + input(hour).substring(0, 16) + " UTC, the end of its 1h interval"), notes);
        assertEquals(input(hour - 3 * HOUR + 20 * MINUTE), d.selectFirst("input#from").val(), "the form keeps what was typed");
        List<List<String>> rows = d.select("table.preview tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
        assertEquals(List.of(List.of(input(hour - 3 * HOUR).replace('T', ' '), "0", "0"),
                List.of(input(hour - 2 * HOUR).replace('T', ' '), "4000000", "60000"),
                List.of(input(hour - HOUR).replace('T', ' '), "3300000", "180000")), rows, "every interval, zeros included");
        assertEquals(2, d.select("section.preview svg.chart rect").size(), "a line per metric");
    }

    @Test
    void aLongPreviewSaysThereIsMore() {
        PortalClient c = signedIn(viewer);
        Document d = page(c, path(game) + query("interval", "1d", "from", "2024-01-01T00:00", "to", input(hour - hour % (24 * HOUR)),
                "metric", "http"), 200);
        assertEquals(500, d.select("table.preview tbody tr").size());
        assertEquals("The first 500 lines; there are more, and the download has them all.", d.selectFirst("p.more").text());
    }

    @Test
    void eachRefusalIsThePageAgainWith400AndTheSentenceBesideItsField() {
        PortalClient c = signedIn(viewer);
        String[][] cases = {
                {"from", "from is required: a date and time in UTC",
                        query("interval", "1h", "from", "", "to", input(hour), "metric", "http")},
                {"from", "from must be a date and time such as 2026-12-05T13:00 (UTC)",
                        query("interval", "1h", "from", "yesterday", "to", input(hour), "metric", "http")},
                {"to", "to must be a date and time such as 2026-12-05T13:00 (UTC)",
                        query("interval", "1h", "from", input(hour - HOUR), "to", "9".repeat(5000), "metric", "http")},
                {"to", "to must be after from", query("interval", "1h", "from", input(hour), "to", input(hour - HOUR), "metric", "http")},
                {"to", "to must not be after the end of the current 1h interval",
                        query("interval", "1h", "from", input(hour), "to", input(hour + 5 * HOUR), "metric", "http")},
                {"interval", "interval must be one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d",
                        query("interval", "2h", "from", input(hour - HOUR), "to", input(hour), "metric", "http")},
                {"metrics", "metrics is required", query("interval", "1h", "from", input(hour - HOUR), "to", input(hour))},
                {"metrics", "unknown metric \"bytes\"", form("metric", "bytes")},
                {"dimensions", "at most 2 dimensions at once",
                        form("metric", "http", "dimension", "os.name", "dimension", "city.name", "dimension", "isp.name")},
                {"dimensions", "unknown dimension \"device\"", form("metric", "http", "dimension", "device")},
                {"filters", "filter \"os.name\" lists at most 100 values", form("metric", "http", "filter.os.name", "a,".repeat(101))},
                {"to", "a 1m export covers at most 6 hours",
                        query("interval", "1m", "from", input(hour - 12 * HOUR), "to", input(hour), "metric", "http")},
                {"from", "a 1h export lies within the last 14 days",
                        query("interval", "1h", "from", input(hour - 20 * 24 * HOUR), "to", input(hour), "metric", "http")},
        };
        for (String[] k : cases) {
            long started = System.nanoTime();
            Document d = page(c, path(game) + k[2], 400);
            assertTrue(System.nanoTime() - started < 3_000_000_000L, k[2] + " answered slowly");
            Element error = d.selectFirst("[data-field=" + k[0] + "] p.field-error");
            assertNotNull(error, k[2] + ": no error beside " + k[0] + ": " + d.select("p.field-error"));
            assertTrue(error.text().contains(k[1]), k[2] + ": " + error.text());
            assertEquals(1, d.select("p.field-error").size(), k[2]);
            assertNull(d.selectFirst("section.preview"), "a refused form has no answer");
            assertNotNull(d.selectFirst("form.builder button[type=submit]"), "the form is there to mend");
            HttpResponse<String> csv = c.get(path(game) + "/export.csv" + k[2]);
            assertEquals(400, csv.statusCode(), "the download refuses alike: " + k[2]);
            assertTrue(Jsoup.parse(csv.body()).selectFirst("main.error-page p.message").text().contains(k[1]), csv.body());
        }
        Document kept = page(c, path(game) + form("metric", "played", "metric", "bytes", "dimension", "isp.name",
                "filter.city.name", "Paris, <b>Lyon</b>"), 400);
        assertEquals(List.of("played"), kept.select("input[name=metric][checked]").eachAttr("value"), "what was ticked stays ticked");
        assertEquals("isp.name", kept.selectFirst("select#dimension0 option[selected]").val());
        assertEquals("Paris, <b>Lyon</b>", kept.selectFirst("input[name='filter.city.name']").val(), "typed text kept, as text");
        assertEquals("1h", kept.selectFirst("select#interval option[selected]").val());
        page(c, path(game) + form("metric", "http"), 200);
    }

    @Test
    void onlyViewersOfTheGameOpenItsBuilder() {
        PortalClient theirs = signedIn(outsider);
        for (String p : List.of("", form("metric", "http"), "/export.csv" + form("metric", "http"))) {
            HttpResponse<String> r = theirs.get(path(game) + p);
            assertEquals(404, r.statusCode(), "another organization's game: " + p);
            assertTrue(Jsoup.parse(r.body()).selectFirst("main.error-page") != null, "the themed 404: " + p);
            assertFalse(r.body().contains("Live TV"), p);
            HttpResponse<String> out = client().get(path(game) + p);
            assertEquals(302, out.statusCode(), "signed out: " + p);
            assertTrue(out.headers().firstValue("Location").orElse("").endsWith("/login"), p);
        }
        assertEquals(302, client().get("/export").statusCode(), "signed out, the list too");
        assertEquals(404, theirs.get("/export/games/not-a-number").statusCode());
        assertEquals(404, theirs.get("/export/games/" + "9".repeat(40)).statusCode());
        assertEquals(200, theirs.get(path(other)).statusCode(), "their own game opens");
    }

    /** A database that cannot serve the module: the builder and its download answer the theme's 503 page, and work again after. */
    @Test
    void aDatabaseThatDoesNotAnswerIsTheThemes503Page() {
        PortalClient c = signedIn(viewer);
        Fixtures.execute("RENAME TABLE export_value TO export_value_away");
        try {
            for (String p : List.of("", form("metric", "http", "dimension", "os.name"))) {
                HttpResponse<String> r = c.get(path(game) + p);
                assertEquals(503, r.statusCode(), p + ": " + r.body());
                assertEquals(DatabaseOutage.MESSAGE, Jsoup.parse(r.body()).selectFirst("main.error-page p.message").text(), p);
                assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(null), p);
            }
        } finally {
            Fixtures.execute("RENAME TABLE export_value_away TO export_value");
        }
        page(c, path(game) + form("metric", "http", "dimension", "os.name"), 200);
    }
}
