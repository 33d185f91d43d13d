package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.counters.CountersFixture.bearer;
import static org.polymetric.portal.counters.CountersFixture.ns;
import static org.polymetric.portal.counters.CountersFixture.written;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * The query API as the seed shows it: {@code /bulkdata}, {@code /bulkxport} and {@code /bulk}
 * over the seed's two queries ("europe" without data, "usa" with), {@code /data}, time ranges,
 * the bulk rule (a malformed query refuses the request, an unknown or invisible series reads as
 * one without data) and who may read what.
 * <p>Usa's Ccu is written in the four half hours before the current one, each half hour
 * peaking at the values the seed's xport sample starts with (11722, 12242, 12818, 13020). The
 * seed's bulkdata figure, 3748.37, is Usa's peak of another counter (Rooms) over the last day.
 */
class CountersQueryIT extends PortalIT {
    static CountersFixture f;
    /** The start of the current half hour when the data was written (epoch seconds). */
    static long half;
    static final long[] PEAKS = {11722, 12242, 12818, 13020};

    @BeforeEach
    void fixture() {
        if (f != null) {
            return;
        }
        f = new CountersFixture(client());
        long now = System.currentTimeMillis() / 1000;
        if (now % 1800 > 1700) { // keep the written half hours in place while the test runs
            sleep((1800 - now % 1800 + 5) * 1000);
            now = System.currentTimeMillis() / 1000;
        }
        half = now / 1800 * 1800;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < PEAKS.length; i++) {
            long start = half - (PEAKS.length - i) * 1800L;
            lines.append(line("Ccu", PEAKS[i] - 500, start + 60)).append(line("Ccu", PEAKS[i], start + 600))
                    .append(line("Ccu", PEAKS[i] - 100, start + 1200));
        }
        lines.append(line("Rooms", 3748.37, now - 7200)).append(line("Rooms", 1200, now - 3600));
        written(client(), f.usaAdmin, null, lines.toString());
    }

    private static String line(String counter, double value, long at) {
        return counter + ",appid=" + f.usaKey + ",region=us,cloud=public,cluster=default value=" + value + " " + ns(at) + "\n";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The seed's two queries, "europe" (Europe in eu, no data) and "usa" (Usa in us). */
    private static String seedQueries(String template, boolean usaTime) {
        return "[{\"id\":\"europe\",\"appid\":\"" + f.europeKey + "\",\"cloud\":\"public\",\"cluster\":\"default\","
                + "\"region\":\"eu\",\"template\":\"" + template + "\"},{\"id\":\"usa\",\"appid\":\"" + f.usaKey
                + "\",\"cloud\":\"public\",\"cluster\":\"default\",\"region\":\"us\",\"template\":\"" + template + "\""
                + (usaTime ? ",\"xporttime\":\"time\"" : "") + "}]";
    }

    private HttpResponse<String> post(String path, String body, String token) {
        return client().postJson("/api/counters/" + path, body, bearer(token));
    }

    private JsonObject ok(String path, String body) {
        HttpResponse<String> r = post(path, body, f.viewer);
        assertEquals(200, r.statusCode(), r.body());
        return PortalClient.json(r);
    }

    /** The last {@code n} entries of an array (the four written half hours and the current one). */
    private static List<JsonValue> tail(JsonArray a, int n) {
        return a.subList(a.size() - n, a.size());
    }

    /** The seed's request (golden/counters/app_request.json) with its appids replaced by ours. */
    private static String seedRequest() {
        return Golden.load("counters/app_request.json").toString().replace("5e1fb724-7139-4b96-aa67-9d4c37b27bb0", f.europeKey)
                .replace("e83b9029-cc93-4d1c-a9c4-9bbc73ea1f68", f.usaKey);
    }

    @Test
    void theSeedsRequestsAnswerInTheSeedsShapes() {
        Golden.assertShape("counters/bulkdata_app.json", ok("bulkdata/app", seedRequest()));
        Golden.assertShape("counters/bulkxport_app.json", ok("bulkxport/app", seedRequest()));
        Golden.assertShape("counters/bulk_app.json", ok("bulk/app", seedRequest()));
        assertEquals(Golden.load("counters/bulkdata_app.json"), ok("bulkdata/app", seedRequest().replace("Ccu", "Rooms")),
                "the seed's figures: no data is 0; Usa's Rooms peaked at 3748.37 in the last 24 hours");
    }

    @Test
    void bulkdataAnswersEachIdWithItsFigure() {
        assertEquals(PortalClient.jsonOf("{\"europe\":0,\"usa\":13020}"), ok("bulkdata/app", seedQueries("Ccu", false)));
    }

    @Test
    void bulkxportGivesHalfHourPointsOverTheLastDayAndTimeWhenAsked() {
        JsonObject x = ok("bulkxport/app", seedQueries("Ccu", true));
        assertEquals(PortalClient.jsonOf("{\"ds2\":[]}"), x.get("europe"), "no data: an empty series");
        JsonObject usa = x.getJsonObject("usa");
        JsonArray ds2 = usa.getJsonArray("ds2");
        JsonArray time = usa.getJsonArray("time");
        assertEquals(ds2.size(), time.size());
        assertTrue(ds2.size() == 48 || ds2.size() == 49, "24 hours of 1800 s points: " + ds2.size());
        assertEquals(PortalClient.jsonOf("[11722,12242,12818,13020,null]").asJsonArray(), tail(ds2, 5),
                "each half hour's peak; the current one has no data");
        for (int i = 1; i < time.size(); i++) {
            assertEquals(1800, time.getJsonNumber(i).longValue() - time.getJsonNumber(i - 1).longValue());
        }
        assertEquals(half, time.getJsonNumber(time.size() - 1).longValue(), "points start on the step's grid");
        assertEquals(List.of("ds2"), List.copyOf(x.getJsonObject("europe").keySet()), "time only with xporttime");
    }

    @Test
    void bulkAnswersDataAndXportTogether() {
        JsonObject b = ok("bulk/app", seedQueries("Ccu", true));
        assertEquals(PortalClient.jsonOf("{\"data\":0,\"xport\":{\"ds2\":[]}}"), b.get("europe"));
        assertEquals(13020, b.getJsonObject("usa").getInt("data"));
        assertEquals(PortalClient.jsonOf("[11722,12242,12818,13020,null]").asJsonArray(),
                tail(b.getJsonObject("usa").getJsonObject("xport").getJsonArray("ds2"), 5));
        assertTrue(b.getJsonObject("usa").getJsonObject("xport").containsKey("time"));
    }

    @Test
    void startAndEndNarrowTheRangeInTheUrlOrPerQuery() {
        String from = Instant.ofEpochSecond(half - 2 * 1800).toString().replace("Z", "");
        String until = Instant.ofEpochSecond(half - 1800).toString().replace("Z", "");
        HttpResponse<String> r = client().postJson("/api/counters/bulkdata/app?start=" + from + "&end=" + until,
                seedQueries("Ccu", false), bearer(f.viewer));
        assertEquals(PortalClient.jsonOf("{\"europe\":0,\"usa\":12818}"), PortalClient.jsonOf(r.body()), r.body());
        String perQuery = "[{\"id\":\"one\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\",\"start\":\""
                + from + "\",\"end\":\"" + until + "\"},{\"id\":\"all\",\"appid\":\"" + f.usaKey
                + "\",\"region\":\"us\",\"template\":\"Ccu\"}]";
        assertEquals(PortalClient.jsonOf("{\"one\":12818,\"all\":13020}"), ok("bulkdata/app", perQuery));
        // a date alone is 00:00 UTC: tomorrow is after everything written
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        HttpResponse<String> d = client().get("/api/counters/data/app/" + f.usaKey + "/us/Ccu?start=" + tomorrow + "&end="
                + LocalDate.now(ZoneOffset.UTC).plusDays(2), bearer(f.viewer));
        assertEquals("0", d.body());
        HttpResponse<String> bad = client().get("/api/counters/data/app/" + f.usaKey + "/us/Ccu?start=yesterday", bearer(f.viewer));
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void dataAnswersOneFigureAsText() {
        HttpResponse<String> r = client().get("/api/counters/data/app/" + f.usaKey + "/us/Rooms", bearer(f.viewer));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("3748.37", r.body());
        assertEquals(400, client().get("/api/counters/data/app/" + f.usaKey + "/mars/Ccu", bearer(f.viewer)).statusCode());
        assertEquals(400, client().get("/api/counters/data/app/" + f.usaKey + "/us/Servers", bearer(f.viewer)).statusCode(),
                "a license counter is not an app counter");
        assertEquals(404, client().get("/api/counters/data/app/" + f.neighbourKey + "/us/Ccu", bearer(f.viewer)).statusCode());
        assertEquals(404, client().get("/api/counters/data/app/" + f.usaKey + "/us/Ccu", bearer(f.neighbour)).statusCode(),
                "another organization's app is not found");
    }

    @Test
    void aMalformedQueryRefusesTheWholeRequestNamingItsId() {
        String ok = "{\"id\":\"ok\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\"}";
        List<String> malformed = List.of(
                "{\"id\":\"template\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Nope\"}",
                "{\"id\":\"region\",\"appid\":\"" + f.usaKey + "\",\"region\":\"mars\",\"template\":\"Ccu\"}",
                "{\"id\":\"noapp\",\"region\":\"us\",\"template\":\"Ccu\"}",
                "{\"id\":\"range\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\",\"start\":\"soon\"}");
        for (String path : List.of("bulkdata/app", "bulkxport/app", "bulk/app")) {
            for (String query : malformed) {
                HttpResponse<String> r = post(path, "[" + ok + "," + query + "]", f.viewer);
                assertEquals(400, r.statusCode(), query + " → " + r.body());
                JsonObject error = PortalClient.json(r);
                assertEquals(true, error.getBoolean("error"), r.body());
                String id = PortalClient.jsonOf(query).asJsonObject().getString("id");
                assertTrue(error.getString("message").startsWith("query \"" + id + "\": "), r.body());
            }
        }
    }

    @Test
    void anUnknownOrInvisibleSeriesReadsAsOneWithoutData() {
        String body = "[{\"id\":\"ok\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\"},"
                + "{\"id\":\"theirs\",\"appid\":\"" + f.neighbourKey + "\",\"region\":\"us\",\"template\":\"Ccu\"},"
                + "{\"id\":\"unknown\",\"appid\":\"nothing-like-it\",\"region\":\"us\",\"template\":\"Ccu\","
                + "\"xporttime\":\"time\"}]";
        JsonObject figures = ok("bulkdata/app", body);
        assertEquals(13020, figures.getInt("ok"));
        assertEquals(0, figures.getInt("theirs"), "another organization's app reads as one without data");
        assertEquals(0, figures.getInt("unknown"));
        JsonObject xports = ok("bulkxport/app", body);
        assertTrue(!xports.getJsonObject("ok").getJsonArray("ds2").isEmpty(), xports.toString());
        assertEquals(PortalClient.jsonOf("{\"ds2\":[]}"), xports.get("theirs"));
        assertEquals(PortalClient.jsonOf("{\"ds2\":[],\"time\":[]}"), xports.get("unknown"));
        JsonObject both = ok("bulk/app", body);
        assertEquals(PortalClient.jsonOf("{\"data\":0,\"xport\":{\"ds2\":[]}}"), both.get("theirs"));
        for (String id : List.of("ok", "theirs", "unknown")) {
            assertEquals(JsonValue.ValueType.NUMBER, figures.get(id).getValueType(), "one type per id: " + figures);
        }
    }

    private java.awt.image.BufferedImage png(String query, int status) throws Exception {
        HttpResponse<byte[]> r = client().getBytes("/api/counters/graph/app/" + f.usaKey + "/us/Ccu" + query, bearer(f.viewer));
        assertEquals(status, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        if (status != 200) {
            assertEquals(true, PortalClient.jsonOf(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).asJsonObject()
                    .getBoolean("error"));
            return null;
        }
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
    }

    @Test
    void graphsArePngsOfTheRequestedSizeUpTo1600() throws Exception {
        var image = png("", 200);
        assertEquals(List.of(800, 400), List.of(image.getWidth(), image.getHeight()), "the default size");
        image = png("?width=200&height=100", 200);
        assertEquals(List.of(200, 100), List.of(image.getWidth(), image.getHeight()));
        image = png("?width=1600&height=1600", 200);
        assertEquals(List.of(1600, 1600), List.of(image.getWidth(), image.getHeight()));
        png("?width=1601", 400);
        png("?height=1601", 400);
        png("?width=0", 400);
        png("?width=wide", 400);
        assertEquals(404, client().getBytes("/api/counters/graph/app/" + f.neighbourKey + "/us/Ccu", bearer(f.viewer)).statusCode());
        assertEquals(404, client().getBytes("/api/counters/graph/app/" + f.usaKey + "/us/Ccu", bearer(f.neighbour)).statusCode());
        HttpResponse<byte[]> empty = client().getBytes("/api/counters/graph/app/" + f.europeKey + "/eu/Ccu?width=300&height=150",
                bearer(f.viewer));
        assertEquals(200, empty.statusCode(), "no data is still a picture");
        assertEquals(300, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(empty.body())).getWidth());
    }

    @Test
    void aMalformedBodyIs400() {
        for (String body : List.of("", "{", "{}", "[1]", "[{\"appid\":\"x\"}]", "[{\"id\":\"a\"},{\"id\":\"a\"}]")) {
            HttpResponse<String> r = post("bulkdata/app", body, f.viewer);
            assertEquals(400, r.statusCode(), body + " → " + r.body());
            assertEquals(true, PortalClient.json(r).getBoolean("error"));
        }
        assertEquals(404, post("bulkdata/planet", "[]", f.viewer).statusCode());
        assertEquals(401, client().postJson("/api/counters/bulkdata/app", "[]").statusCode(), "no token");
    }

    /**
     * Every refusal of the API, whichever layer makes it (the write's parser and access check, the
     * bulk parser, a path's query, the graph's size, the licenses service), is the same bytes:
     * Photon's error shape as UTF-8 JSON, with the line for a write.
     */
    @Test
    void everyRefusalIsTheSameErrorShapeAsUtf8Json() {
        String json = "application/json;charset=utf-8";
        String start = "?start=2017-06-01&end=2017-06-02";
        assertRefused(400, "{\"error\":true,\"message\":\"precision must be s, ms or ns\"}",
                CountersFixture.write(client(), f.usaAdmin, "h", "Ccu,appid=" + f.usaKey + ",region=us value=1"), json);
        assertRefused(403, "{\"error\":true,\"message\":\"writing counters of appid '" + f.europeKey
                + "' needs admin access to the game\",\"line\":2}", CountersFixture.write(client(), f.viewer, "s",
                "# a comment\nCcu,appid=" + f.europeKey + ",region=us value=1"), json);
        assertRefused(404, "{\"error\":true,\"message\":\"no such path: the bulk requests are for app and license\"}",
                post("bulkdata/planet", "[]", f.viewer), json);
        assertRefused(400, "{\"error\":true,\"message\":\"the body must be a JSON array of queries\"}",
                post("bulkxport/app", "{}", f.viewer), json);
        assertRefused(404, "{\"error\":true,\"message\":\"unknown appid \\\"" + f.neighbourKey + "\\\"\"}",
                client().get("/api/counters/data/app/" + f.neighbourKey + "/us/Ccu" + start, bearer(f.viewer)), json);
        assertRefused(400, "{\"error\":true,\"message\":\"width must be between 1 and 1600 pixels, not 1601\"}",
                client().get("/api/counters/graph/app/" + f.usaKey + "/us/Ccu" + start + "&width=1601", bearer(f.viewer)), json);
        assertRefused(400, "{\"error\":true,\"message\":\"organization_id must be an organization's id\"}",
                client().get("/api/counters/licenses?organization_id=1.0", bearer(f.viewer)), json);
        assertRefused(404, "{\"error\":true,\"message\":\"no such organization\"}",
                client().get("/api/counters/licenses?organization_id=" + f.org, bearer(f.neighbour)), json);
        assertRefused(400, "{\"error\":true,\"message\":\"name must be 1 to 191 characters\"}",
                client().postJson("/api/counters/licenses", "{\"organization_id\":" + f.org + ",\"name\":\"  \"}",
                        bearer(f.orgAdmin)), json);
    }

    private static void assertRefused(int status, String body, HttpResponse<String> r, String contentType) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(body, r.body());
        assertEquals(contentType, r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
