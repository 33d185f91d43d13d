package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.counters.CountersFixture.written;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * The pages under {@code /counters} through the real server, for signed-in browsers: the games
 * and licenses list, a game's dashboard, the region comparison, a license's page (added through
 * the list's form), the CSV of each series and the PNG behind each image.
 * <p>Usa's counters are written through the write API in one whole hour two hours back, read
 * over exactly that hour (12 points of 5 minutes): Ccu in eu 100, 300, 200 (at +1, +10 and +20
 * minutes) and in us 1000, 1500 (at +2 and +15 minutes); TrafficMultiplayer in eu 10, 20, 25.
 * Someone from another organization gets the themed 404 everywhere.
 */
class CountersPagesIT extends PortalIT {
    static CountersFixture f;
    /** The start of the hour the data was written in (epoch seconds). */
    static long hour;
    static String range;

    @BeforeEach
    void fixture() {
        if (f != null) {
            return;
        }
        f = new CountersFixture(client());
        hour = System.currentTimeMillis() / 1000 / 3600 * 3600 - 7200;
        range = "start=" + iso(hour) + "&end=" + iso(hour + 3600);
        written(client(), f.usaAdmin, "s", line("Ccu", "eu", 100, 60) + line("Ccu", "eu", 300, 600)
                + line("Ccu", "eu", 200, 1200) + line("Ccu", "us", 1000, 120) + line("Ccu", "us", 1500, 900)
                + line("TrafficMultiplayer", "eu", 10, 60) + line("TrafficMultiplayer", "eu", 20, 600)
                + line("TrafficMultiplayer", "eu", 25, 1200));
    }

    private static String line(String counter, String region, double value, long offset) {
        return counter + ",appid=" + f.usaKey + ",region=" + region + " value=" + value + " " + (hour + offset) + "\n";
    }

    private static String iso(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
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

    /** The cells of the table rows under {@code selector}, a list per row (empty cells too), the download links left out. */
    private static List<List<String>> rows(Element within, String selector) {
        return within.select(selector + " tbody tr").stream()
                .map(tr -> tr.select("td:not(.links)").stream().map(Element::text).toList()).toList();
    }

    private static HttpResponse<String> post(PortalClient c, String path, String csrf, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return c.postForm(path, form);
    }

    private static String game(long id) {
        return "/counters/games/" + id;
    }

    /** The path and query of a link on a page, as sent. */
    private static String local(Element a, String attribute) {
        URI u = URI.create(a.absUrl(attribute));
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** The path and query of a link on a page, decoded: as read. */
    private static String decoded(Element a, String attribute) {
        URI u = URI.create(a.absUrl(attribute));
        return u.getPath() + (u.getQuery() == null ? "" : "?" + u.getQuery());
    }

    private static List<JsonValue> numbers(Object... values) {
        List<JsonValue> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? JsonValue.NULL : PortalClient.jsonOf("[" + v + "]").asJsonArray().get(0));
        }
        return out;
    }

    private static long licenses(String name) {
        return Fixtures.count("SELECT COUNT(*) FROM counters_license WHERE organization_id = ? AND name = ?", f.org, name);
    }

    @Test
    void theListShowsTheGamesAndLicensesTheCallerMaySee() {
        Document asViewer = page(signedIn(f.viewerEmail), "/counters");
        assertEquals("Counters", asViewer.selectFirst("nav a.active").text(), "the navigation entry, active here");
        Element ours = asViewer.selectFirst("section.organization[data-organization=" + f.org + "]");
        assertNotNull(ours, asViewer.html());
        assertEquals(List.of("Europe", "Usa"), ours.select("ul.games a.game").eachText());
        assertEquals(game(f.usa), local(ours.select("ul.games a.game").get(1), "href"));
        assertEquals(game(f.usa) + "/regions", local(ours.select("ul.games a.regions").get(1), "href"));
        assertNotNull(ours.selectFirst("h3:contains(Photon Server licenses)"), "viewers of the organization see its licenses");
        assertNull(ours.selectFirst("form.add-license"), "only its admins get the form");

        Document asGameAdmin = page(signedIn(f.usaAdminEmail), "/counters");
        assertEquals(List.of("Usa"), asGameAdmin.select("ul.games a.game").eachText());
        assertNull(asGameAdmin.selectFirst("h3:contains(Photon Server licenses)"), "a game's admin does not view the organization");

        Document asNeighbour = page(signedIn(f.neighbourEmail), "/counters");
        assertFalse(asNeighbour.select("ul.games a.game").eachText().contains("Usa"));
        assertTrue(client().get("/counters").statusCode() != 200, "signed out: no page");
    }

    @Test
    void theDashboardShowsEachCountersCurrentPeakAndAveragePerRegion() {
        Document d = page(signedIn(f.viewerEmail), game(f.usa) + "?" + range);
        assertEquals("Usa", d.selectFirst("h1").text());
        assertEquals(List.of("TrafficMultiplayer", "Ccu"), d.select("section.counter").eachAttr("data-counter"),
                "by default the counters with data, in the seed's order");
        assertEquals(List.of("eu", "us"), d.select("fieldset.regions-pick input[checked]").eachAttr("value"),
                "by default the regions with data");
        assertEquals(List.of("eu", "us"), d.select("fieldset.regions-pick label.has-data input").eachAttr("value"));
        assertEquals("custom", d.selectFirst("select#range option[selected]").attr("value"));

        Element ccu = d.selectFirst("section.counter[data-counter=Ccu]");
        assertEquals(List.of(List.of("eu", "200", "300", "200"), List.of("us", "1,500", "1,500", "1,250")), rows(ccu, "table"),
                "current (the latest sample), peak and average over the hour");
        Element traffic = d.selectFirst("section.counter[data-counter=TrafficMultiplayer]");
        assertEquals(List.of(List.of("eu", "25", "25", "18.33"), List.of("us", "–", "–", "–")), rows(traffic, "table"));

        JsonObject chart = PortalClient.jsonOf(d.selectFirst("script#chart-Ccu").data()).asJsonObject();
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            labels.add(hm.format(Instant.ofEpochSecond(hour + i * 300L)));
        }
        assertEquals(labels, chart.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString), "5-minute points in UTC");
        JsonArray series = chart.getJsonArray("series");
        assertEquals("eu", series.getJsonObject(0).getString("label"));
        assertEquals(numbers(100, null, 300, null, 200, null, null, null, null, null, null, null),
                series.getJsonObject(0).getJsonArray("data"), "each point's peak, gaps where there is none");
        assertEquals(numbers(1000, null, null, 1500, null, null, null, null, null, null, null, null),
                series.getJsonObject(1).getJsonArray("data"));
        assertNotNull(ccu.selectFirst("canvas[data-chart=chart-Ccu]"));
    }

    @Test
    void theDashboardShowsTheCountersAndRegionsAskedFor() {
        Document d = page(signedIn(f.viewerEmail), game(f.usa) + "?counter=Rooms&counter=Ccu&region=us&" + range);
        assertEquals(List.of("Rooms", "Ccu"), d.select("section.counter").eachAttr("data-counter"), "in the seed's order");
        Element rooms = d.selectFirst("section.counter[data-counter=Rooms]");
        assertEquals(List.of(List.of("us", "–", "–", "–")), rows(rooms, "table"));
        assertNotNull(rooms.selectFirst("p.nodata"), "no chart without data");
        assertNull(rooms.selectFirst("canvas"));
        assertEquals(List.of(List.of("us", "1,500", "1,500", "1,250")), rows(d.selectFirst("section[data-counter=Ccu]"), "table"));
        assertEquals(List.of("Rooms", "Ccu"), d.select("fieldset.counters-pick input[checked]").eachAttr("value"));

        Document bad = page(signedIn(f.viewerEmail), game(f.usa) + "?start=yesterday");
        assertTrue(bad.selectFirst("p.alert.error").text().contains("start \"yesterday\""), bad.selectFirst("p.alert.error").text());
        assertEquals("24h", bad.selectFirst("select#range option[selected]").attr("value"), "the default range instead");
    }

    @Test
    void thePngImagesAreTheGraphEndpointsAnswers() {
        PortalClient c = signedIn(f.viewerEmail);
        Document d = page(c, game(f.usa) + "?chart=png&counter=Ccu&region=eu&region=us&" + range);
        List<Element> images = d.select("section[data-counter=Ccu] img.graph");
        assertEquals(2, images.size(), "one image per region");
        assertNull(d.selectFirst("section[data-counter=Ccu] canvas"));
        String src = local(images.get(0), "src");
        String read = decoded(images.get(0), "src");
        assertTrue(read.startsWith("/api/counters/graph/app/" + f.usaKey + "/eu/Ccu?"), read);
        assertTrue(read.contains(range) && read.contains("width=1000") && read.contains("height=320"), read);
        HttpResponse<byte[]> png = c.getBytes(src);
        assertEquals(200, png.statusCode(), "the session authenticates the page's API calls");
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.body(), 4));

        String link = local(d.selectFirst("section[data-counter=Ccu] table a.png"), "href");
        HttpResponse<byte[]> large = c.getBytes(link);
        assertEquals(200, large.statusCode(), link);
        assertEquals("image/png", large.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aGameInSeveralCloudsOrClustersShowsOneAtATimeWithItsDownloadsAndImages() {
        // europe writes to the public default cluster and, with a cloud and cluster of its own, to "dedicated eu west,2"
        written(client(), f.europeAdmin, "s", "Ccu,appid=" + f.europeKey + ",region=eu value=5 " + (hour + 60) + "\n"
                + "Ccu,appid=" + f.europeKey + ",region=eu,cloud=dedicated,cluster=eu\\ west\\,2 value=42 " + (hour + 300) + "\n"
                + "Ccu,appid=" + f.europeKey + ",region=jp,cloud=dedicated,cluster=eu\\ west\\,2 value=7 " + (hour + 300) + "\n");
        PortalClient c = signedIn(f.viewerEmail);
        Document d = page(c, game(f.europe) + "?" + range);
        assertEquals(List.of("public", "dedicated"), d.select("select#cloud option").eachAttr("value"), "the default first");
        assertEquals(List.of("default", "eu west,2"), d.select("select#cluster option").eachAttr("value"));
        assertEquals("public", d.selectFirst("select#cloud option[selected]").attr("value"));
        assertEquals("appid " + f.europeKey + " · cloud public, cluster default", d.selectFirst("h1 + p.muted").text());
        assertEquals(List.of(List.of("eu", "5", "5", "5")), rows(d.selectFirst("section[data-counter=Ccu]"), "table"));

        String where = "&cloud=dedicated&cluster=" + URLEncoder.encode("eu west,2", StandardCharsets.UTF_8);
        Document dedicated = page(c, game(f.europe) + "?" + range + where);
        assertEquals("dedicated", dedicated.selectFirst("select#cloud option[selected]").attr("value"));
        assertEquals("eu west,2", dedicated.selectFirst("select#cluster option[selected]").attr("value"));
        assertEquals("appid " + f.europeKey + " · cloud dedicated, cluster eu west,2", dedicated.selectFirst("h1 + p.muted").text());
        assertEquals(List.of(List.of("eu", "42", "42", "42"), List.of("jp", "7", "7", "7")),
                rows(dedicated.selectFirst("section[data-counter=Ccu]"), "table"), "that cluster's regions, by default those with data");
        String csv = c.get(local(dedicated.selectFirst("section[data-counter=Ccu] table a.csv"), "href")).body();
        assertTrue(csv.contains("\"" + iso(hour + 300) + "\",42\n"), csv);
        assertEquals(200, c.getBytes(local(dedicated.selectFirst("section[data-counter=Ccu] table a.png"), "href")).statusCode());
        assertTrue(decoded(dedicated.selectFirst("nav.tabs a:not(.active)"), "href").endsWith("&cloud=dedicated&cluster=eu west,2"),
                "the tabs keep the cluster");

        HttpResponse<String> data = client().get("/api/counters/data/app/" + f.europeKey + "/eu/Ccu?" + range + where,
                CountersFixture.bearer(f.viewer));
        assertEquals("42", data.body(), "the data endpoint takes cloud and cluster too");
    }

    @Test
    void theRegionComparisonPutsOneCounterOfEveryRegionOnOneChart() {
        Document d = page(signedIn(f.viewerEmail), game(f.usa) + "/regions?" + range);
        assertEquals("Ccu", d.selectFirst("select#counter option[selected]").attr("value"));
        Element comparison = d.selectFirst("section.comparison");
        assertEquals(List.of(List.of("eu", "200", "300", "200"), List.of("us", "1,500", "1,500", "1,250")),
                rows(comparison, "table"));
        JsonArray series = PortalClient.jsonOf(d.selectFirst("script#comparison-data").data()).asJsonObject().getJsonArray("series");
        assertEquals(List.of("eu", "us"), series.stream().map(s -> s.asJsonObject().getString("label")).toList(),
                "one line per region");
        assertEquals(List.of("eu", "us"), d.select("fieldset.regions-pick input[checked]").eachAttr("value"));
        String tab = decoded(d.selectFirst("nav.tabs a:not(.active)"), "href");
        assertEquals(game(f.usa) + "?" + range + "&cloud=public&cluster=default", tab, "the dashboard tab keeps the range and cluster");

        Document traffic = page(signedIn(f.viewerEmail), game(f.usa) + "/regions?counter=TrafficMultiplayer&region=eu&region=asia&"
                + range);
        assertEquals(List.of(List.of("asia", "–", "–", "–"), List.of("eu", "25", "25", "18.33")),
                rows(traffic.selectFirst("section.comparison"), "table"));
    }

    @Test
    void eachSeriesDownloadsAsCsv() {
        PortalClient c = signedIn(f.viewerEmail);
        Document d = page(c, game(f.usa) + "?counter=Ccu&region=eu&" + range);
        Element a = d.selectFirst("section[data-counter=Ccu] table a.csv");
        assertEquals(game(f.usa) + "/csv?counter=Ccu&region=eu&" + range + "&cloud=public&cluster=default", decoded(a, "href"));
        String link = local(a, "href");
        HttpResponse<String> r = c.get(link);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<String> lines = r.body().lines().toList();
        assertEquals(13, lines.size(), r.body());
        assertEquals("\"time\",\"value\"", lines.get(0));
        assertEquals("\"" + iso(hour) + "\",100", lines.get(1));
        assertEquals("\"" + iso(hour + 300) + "\",", lines.get(2), "a point without data is empty");
        assertEquals("\"" + iso(hour + 600) + "\",300", lines.get(3));
        assertEquals("\"" + iso(hour + 1200) + "\",200", lines.get(5));

        String traffic = c.get(game(f.usa) + "/csv?counter=TrafficMultiplayer&region=eu&" + range).body();
        assertTrue(traffic.contains("\"" + iso(hour + 1200) + "\",25\n"), traffic);
        assertEquals(404, c.get(game(f.usa) + "/csv?counter=Nonsense&region=eu&" + range).statusCode());
        assertEquals(404, c.get(game(f.usa) + "/csv?counter=Ccu&region=mars&" + range).statusCode());
        assertEquals(400, c.get(game(f.usa) + "/csv?counter=Ccu&region=eu&start=yesterday").statusCode());
    }

    @Test
    void anOrganizationAdminAddsALicenseThroughTheFormAndSeesItsCountersAgainstTheLimit() {
        PortalClient admin = signedIn(f.orgAdminEmail);
        Document list = page(admin, "/counters");
        Element form = list.selectFirst("section.organization[data-organization=" + f.org + "] form.add-license");
        assertNotNull(form, "the organization's admin gets the form");
        assertEquals("/counters/licenses", local(form, "action"));
        String csrf = form.selectFirst("input[name=_csrf]").val();

        HttpResponse<String> r = post(admin, "/counters/licenses", csrf, "organization_id", String.valueOf(f.org),
                "name", "Pages license", "ccu_limit", "1000");
        assertEquals(303, r.statusCode(), r.body());
        URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
        long id = Long.parseLong(location.getPath().replace("/counters/licenses/", ""));
        assertEquals("created=1", location.getQuery());
        String hash = Fixtures.text("SELECT hash FROM counters_license WHERE id = ?", id);
        assertEquals(1, licenses("Pages license"));

        Document created = page(admin, location.getPath() + "?" + location.getQuery());
        assertEquals(hash, created.selectFirst("section.new-license code.new-hash").text(), "the hash, prominently");
        assertTrue(hash.matches("0x[0-9a-f]{32}"), hash);
        assertNotNull(created.selectFirst("section.new-license button.copy[data-copy=new-hash]"));
        assertTrue(created.selectFirst("pre.sample").text().contains("CCU,hash=" + hash + " value="));
        assertNull(page(admin, "/counters/licenses/" + id).selectFirst("section.new-license"), "once: not on a later visit");
        assertTrue(page(admin, "/counters").select("table.licenses a").eachText().contains("Pages license"));

        long h = hour;
        written(client(), f.orgAdmin, "s", "CCU,hash=" + hash + " value=400 " + (h + 60) + "\nCCU,hash=" + hash + " value=800 "
                + (h + 600) + "\nCCU,hash=" + hash + " value=600 " + (h + 1200) + "\nServers,hash=" + hash + " value=2 "
                + (h + 60) + "\nServers,hash=" + hash + " value=3 " + (h + 1200) + "\n");
        Document d = page(signedIn(f.viewerEmail), "/counters/licenses/" + id + "?" + range);
        assertEquals("Pages license", d.selectFirst("h1").text());
        assertEquals(hash, d.selectFirst("code.license-hash").text());
        assertEquals("1,000", d.selectFirst("dd.ccu-limit").text());
        assertEquals("3", d.selectFirst("dd.servers-now").text());
        assertEquals("600", d.selectFirst("dd.ccu-now").text());
        assertEquals(List.of(List.of("Servers", "3", "3", "2.5", ""), List.of("CCU", "600", "800", "600", "80.0 %")),
                rows(d, "table.license-figures"), "current, peak, average and the peak against the limit");
        JsonObject ccu = PortalClient.jsonOf(d.selectFirst("script#chart-CCU").data()).asJsonObject();
        assertEquals(1000, ccu.getInt("limit"), "the limit line");
        assertEquals(numbers(400, null, 800, null, 600, null, null, null, null, null, null, null),
                ccu.getJsonArray("series").getJsonObject(0).getJsonArray("data"));
        assertNotNull(d.selectFirst("canvas[data-chart=chart-Servers]"));

        PortalClient viewer = signedIn(f.viewerEmail);
        String csv = viewer.get(local(d.select("table.license-figures a.csv").get(1), "href")).body();
        assertTrue(csv.startsWith("\"time\",\"value\"\n\"" + iso(h) + "\",400\n"), csv);
        assertEquals(200, viewer.getBytes(local(d.select("table.license-figures a.png").get(1), "href")).statusCode());
        assertEquals(404, viewer.get("/counters/licenses/" + id + "/csv?counter=Rooms&" + range).statusCode());
    }

    @Test
    void aLicenseFormWithoutTheCsrfTokenOrFromAViewerAddsNothing() {
        PortalClient admin = signedIn(f.orgAdminEmail);
        assertEquals(403, post(admin, "/counters/licenses", null, "organization_id", String.valueOf(f.org), "name", "Forged")
                .statusCode(), "a forged form, without the token");
        assertEquals(0, licenses("Forged"));

        PortalClient viewer = signedIn(f.viewerEmail);
        String csrf = viewer.csrfFrom("/counters");
        assertEquals(403, post(viewer, "/counters/licenses", csrf, "organization_id", String.valueOf(f.org), "name", "By a viewer")
                .statusCode(), "viewers may not add");
        assertEquals(0, licenses("By a viewer"));

        HttpResponse<String> blank = post(admin, "/counters/licenses", admin.csrfFrom("/counters"), "organization_id",
                String.valueOf(f.org), "name", " ", "ccu_limit", "1000");
        assertEquals(400, blank.statusCode());
        assertTrue(Jsoup.parse(blank.body()).selectFirst("form.add-license p.alert.error").text().contains("name"));
        HttpResponse<String> zero = post(admin, "/counters/licenses", admin.csrfFrom("/counters"), "organization_id",
                String.valueOf(f.org), "name", "Zero", "ccu_limit", "0");
        assertEquals(400, zero.statusCode());
        assertEquals("Zero", Jsoup.parse(zero.body()).selectFirst("form.add-license input[name=name]").val(), "kept as typed");
        assertEquals(0, licenses("Zero"));
    }

    @Test
    void someoneFromAnotherOrganizationGetsNotFoundEverywhere() {
        PortalClient admin = signedIn(f.orgAdminEmail);
        HttpResponse<String> r = post(admin, "/counters/licenses", admin.csrfFrom("/counters"), "organization_id",
                String.valueOf(f.org), "name", "Not theirs");
        assertEquals(303, r.statusCode());
        String license = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();

        PortalClient c = signedIn(f.neighbourEmail);
        for (String path : List.of(game(f.usa), game(f.usa) + "/regions", game(f.usa) + "/csv?counter=Ccu&region=eu",
                license, license + "/csv?counter=CCU", game(999_999_999), "/counters/games/nonsense", "/counters/licenses/nonsense")) {
            HttpResponse<String> answer = c.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.body().contains("404"), "the themed page: " + path);
        }
        HttpResponse<String> intruder = post(c, "/counters/licenses", c.csrfFrom("/counters"), "organization_id",
                String.valueOf(f.org), "name", "Intruder");
        assertEquals(404, intruder.statusCode());
        // the licenses service's refusal reads on a page as the kernel's own 404 does: it names nothing
        String kernels = Jsoup.parse(c.get("/counters/licenses/nonsense").body()).selectFirst("main .message").text();
        assertEquals("Not Found", kernels);
        assertEquals(kernels, Jsoup.parse(intruder.body()).selectFirst("main .message").text());
        assertEquals(0, licenses("Intruder"));
        assertEquals(404, signedIn(f.usaAdminEmail).get(license).statusCode(), "a game's admin does not view the organization");
    }

    @Test
    void aGameWithoutCountersSaysWhatToSend() {
        PortalClient c = signedIn(f.viewerEmail);
        for (String path : List.of(game(f.europe), game(f.europe) + "/regions")) {
            Document d = page(c, path);
            assertNotNull(d.selectFirst("section.card.empty pre.sample"), path);
            assertTrue(d.selectFirst("section.card.empty pre.sample").text().contains("appid=" + f.europeKey), path);
            assertFalse(d.select("fieldset.regions-pick label").isEmpty(), path + ": the region chips are there");
        }
        assertNull(page(c, game(f.usa) + "?" + range).selectFirst("section.card.empty"), "a game with counters has no such card");
    }
}
