package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * Every rule of {@code POST /api/export/v1/export} through the real server: each refusal is its
 * status with Peer5's {@code {"error": true, "message": ...}} naming the rule, answered fast, and
 * nothing is written; the server answers a good export afterwards. The test deployment allows 30
 * exports per token per minute ({@code POLYMETRIC_EXPORT_RATE_LIMIT}), so the 31st is a 429.
 */
class ExportValidationIT extends PortalIT {
    private static final String PATH = "/api/export/v1/export";
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private PortalClient client;
    private long game;
    private long organization;
    private String gameToken;

    @BeforeEach
    void setUp() {
        client = client();
        organization = Fixtures.organization(Fixtures.unique("Export rules"));
        game = Fixtures.game(Fixtures.studio(organization, "S"), "G");
        gameToken = token("game", game);
    }

    private String token(String resource, long id) {
        String email = Fixtures.user("export");
        Fixtures.grant(email, resource, id, "viewer");
        return new TokenMaker(new PortalClient(client.uri("/")), email).token(resource, id, "viewer");
    }

    private HttpResponse<String> post(String query, String body, String... headers) {
        return client.postJson(PATH + query, body, headers);
    }

    private HttpResponse<String> export(String body) {
        return post("", body, "X-Auth-Token", gameToken);
    }

    private static JsonObject error(String message) {
        return Json.createObjectBuilder().add("error", true).add("message", message).build();
    }

    /** {@code status} with Peer5's error body carrying {@code message}, in under 3 s. */
    private static void refused(int status, String message, java.util.function.Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> r = call.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
        assertEquals(error(message), PortalClient.jsonOf(r.body()), r.body());
        assertTrue(ms < 3_000, message + " took " + ms + " ms");
    }

    private void refused(String message, String body) {
        refused(400, message, () -> export(body));
    }

    /** A 400 whose message starts with {@code prefix} (the rest names a bound that follows the clock). */
    private void refusedStartingWith(String prefix, String body) {
        HttpResponse<String> r = export(body);
        assertEquals(400, r.statusCode(), r.body());
        String message = PortalClient.json(r).getString("message");
        assertTrue(message.startsWith(prefix), message);
        assertEquals(true, PortalClient.json(r).getBoolean("error"));
    }

    private static String body(long from, long to, String interval, String more) {
        return "{\"from\": " + from + ", \"to\": " + to + ", \"interval\": \"" + interval + "\", \"metrics\": [\"http\"]" + more + "}";
    }

    /** The last whole hour, as a 1m export over it. */
    private static String hour(String more) {
        long to = System.currentTimeMillis() / HOUR * HOUR;
        return body(to - HOUR, to, "1m", more);
    }

    @Test
    void credentialsAndTheGameAreCheckedInPeer5sShape() {
        refused(401, "Sign in or send an API token", () -> post("", hour("")));
        refused(401, "Unknown or revoked API token", () -> post("", hour(""), "X-Auth-Token", "not-a-token"));
        String wide = token("organization", organization);
        refused(400, "game_id is required for a token or user that reaches more than one game",
                () -> post("", hour(""), "X-Auth-Token", wide));
        refused(400, "game_id must name a game: a whole number", () -> post("?game_id=G", hour(""), "X-Auth-Token", wide));
        long elsewhere = Fixtures.game(Fixtures.studio(Fixtures.organization(Fixtures.unique("Export other")), "S"), "G");
        refused(404, "no such game", () -> post("?game_id=" + elsewhere, hour(""), "X-Auth-Token", wide));
        refused(404, "no such game", () -> post("?game_id=999999999", hour(""), "X-Auth-Token", wide));
        refused(404, "no such game", () -> post("?game_id=" + elsewhere, hour(""), "X-Auth-Token", gameToken));
        assertEquals(200, post("?game_id=" + game, hour(""), "X-Auth-Token", wide).statusCode());
        refused(400, "format must be json or csv", () -> post("?format=xml", hour(""), "X-Auth-Token", gameToken));
        refused(400, "format must be json or csv", () -> post("?format=", hour(""), "X-Auth-Token", gameToken));
    }

    @Test
    void theBodyIsOneStrictJsonObjectOfAtMost64KiB() {
        refused("the body is empty: send a JSON object with from, to, interval and metrics", "");
        refused("the body is not valid JSON: send one JSON object with from, to, interval and metrics", "{\"from\": ");
        refused("the body must be a JSON object with from, to, interval and metrics", "[]");
        refused("unknown field \"game\": the fields are from, to, interval, metrics, filters, dimensions", hour(", \"game\": 1"));
        refused("interval is given twice", hour(", \"interval\": \"5m\""));
        String whole = " must be a whole number of milliseconds since the Unix epoch (at most 15 digits, no fraction or exponent)";
        long to = System.currentTimeMillis() / HOUR * HOUR;
        refused("from" + whole, "{\"from\": \"" + (to - HOUR) + "\", \"to\": " + to + ", \"interval\": \"1m\", \"metrics\": [\"http\"]}");
        refused("from" + whole, "{\"from\": " + (to - HOUR) + ".0, \"to\": " + to + ", \"interval\": \"1m\", \"metrics\": [\"http\"]}");
        refused("to" + whole, "{\"from\": " + (to - HOUR) + ", \"to\": 1.5e12, \"interval\": \"1m\", \"metrics\": [\"http\"]}");
        refused("to" + whole, "{\"from\": 0, \"to\": 1" + "0".repeat(15) + ", \"interval\": \"1d\", \"metrics\": [\"http\"]}");
        // past a long: out of range in this dialect's words, never "not valid JSON"
        refused("to" + whole, "{\"from\": 0, \"to\": 9999999999999999999, \"interval\": \"1d\", \"metrics\": [\"http\"]}");
        refused("interval must be a string: one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d",
                "{\"from\": 0, \"to\": 60000, \"interval\": 60000, \"metrics\": [\"http\"]}");
        refused("metrics must be an array of strings", "{\"from\": 0, \"to\": 60000, \"interval\": \"1m\", \"metrics\": [1]}");
        refused("metrics must be an array of strings", "{\"from\": 0, \"to\": 60000, \"interval\": \"1m\", \"metrics\": \"http\"}");
        refused("dimensions must be an array of strings", hour(", \"dimensions\": \"os.name\""));
        refused("filters must be an object: {\"<dimension>\": [\"<value>\", ...]}", hour(", \"filters\": [\"os.name\"]"));
        refused("the values of filter \"os.name\" must be an array of strings", hour(", \"filters\": {\"os.name\": \"iOS\"}"));
        refused("the values of filter \"os.name\" must be an array of strings", hour(", \"filters\": {\"os.name\": [7]}"));
        String huge = hour(", \"dimensions\": [\"" + "x".repeat(64 * 1024) + "\"]");
        refused(413, "the request body is larger than 65536 bytes",
                () -> client.postBytes(PATH, "application/json", huge.getBytes(StandardCharsets.UTF_8), "X-Auth-Token", gameToken));
        refused(400, "format must be json or csv",
                () -> client.postBytes(PATH + "?format=pdf", "application/json", huge.getBytes(StandardCharsets.UTF_8),
                        "X-Auth-Token", gameToken));
        answersAGoodExport();
    }

    @Test
    void everyRuleOfAQueryIsItsOwn400() {
        long now = System.currentTimeMillis();
        long to = now / HOUR * HOUR;
        refused("from is required: the start of the range, in ms since the Unix epoch",
                "{\"to\": " + to + ", \"interval\": \"1m\", \"metrics\": [\"http\"]}");
        refused("from must be a whole number of milliseconds since the Unix epoch, not negative", body(-HOUR, to, "1m", ""));
        refused("to is required: the end of the range (excluded), in ms since the Unix epoch",
                "{\"from\": " + (to - HOUR) + ", \"interval\": \"1m\", \"metrics\": [\"http\"]}");
        refused("interval is required: one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d",
                "{\"from\": " + (to - HOUR) + ", \"to\": " + to + ", \"metrics\": [\"http\"]}");
        refused("interval must be one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d", body(to - HOUR, to, "2m", ""));
        refused("from must be rounded to the interval: a multiple of 300000 ms for 5m", body(to - HOUR + MINUTE, to, "5m", ""));
        refused("to must be rounded to the interval: a multiple of 3600000 ms for 1h", body(to - 2 * HOUR, to - MINUTE, "1h", ""));
        refused("to must be after from", body(to, to, "1m", ""));
        refused("to must be after from", body(to, to - HOUR, "1m", ""));
        refusedStartingWith("to must not be after the end of the current 1h interval (", body(to, to + 3 * HOUR, "1h", ""));
        refused("metrics is required: a non-empty array of http, p2p, played, rebuffered, sessions",
                "{\"from\": " + (to - HOUR) + ", \"to\": " + to + ", \"interval\": \"1m\", \"metrics\": []}");
        refused("unknown metric \"bytes\": the metrics are http, p2p, played, rebuffered, sessions",
                "{\"from\": " + (to - HOUR) + ", \"to\": " + to + ", \"interval\": \"1m\", \"metrics\": [\"bytes\"]}");
        refused("metric \"http\" is listed twice",
                "{\"from\": " + (to - HOUR) + ", \"to\": " + to + ", \"interval\": \"1m\", \"metrics\": [\"http\", \"http\"]}");
        String names = "browser.name, country.code, city.name, isp.name, os.name, session.page";
        refused("unknown dimension \"device\": the dimensions are " + names, hour(", \"dimensions\": [\"device\"]"));
        refused("dimension \"os.name\" is listed twice", hour(", \"dimensions\": [\"os.name\", \"os.name\"]"));
        refused("at most 2 dimensions at once", hour(", \"dimensions\": [\"os.name\", \"isp.name\", \"city.name\"]"));
        refused("unknown filter \"device\": the filters are " + names, hour(", \"filters\": {\"device\": [\"tv\"]}"));
        refused("filter \"os.name\" must list at least one value", hour(", \"filters\": {\"os.name\": []}"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("\"v" + i + "\"");
        }
        refused("filter \"os.name\" lists at most 100 values", hour(", \"filters\": {\"os.name\": [" + String.join(",", many) + "]}"));
        refused("a value of filter \"session.page\" is at most 2048 characters",
                hour(", \"filters\": {\"session.page\": [\"" + "p".repeat(2049) + "\"]}"));
        refused("a 1m export covers at most 6 hours: to - from must be at most 21600000", body(to - 7 * HOUR, to, "1m", ""));
        refused("a 5m export covers at most 6 hours: to - from must be at most 21600000", body(to - 7 * HOUR, to, "5m", ""));
        refusedStartingWith("a 1m export lies within the last 7 days: from must be at least ", body(to - 8 * DAY, to - 8 * DAY + HOUR, "1m", ""));
        refused("a 10m export covers at most 7 days: to - from must be at most 604800000", body(to - 8 * DAY, to, "10m", ""));
        refused("a 30m export covers at most 7 days: to - from must be at most 604800000", body(to - 8 * DAY, to, "30m", ""));
        refusedStartingWith("a 30m export lies within the last 14 days: from must be at least ",
                body(to - 15 * DAY, to - 15 * DAY + HOUR, "30m", ""));
        refusedStartingWith("a 3h export lies within the last 14 days: from must be at least ",
                body(to / (3 * HOUR) * (3 * HOUR) - 15 * DAY, to / (3 * HOUR) * (3 * HOUR), "3h", ""));
        answersAGoodExport();
    }

    /** The server still answers: a 1d export from the epoch's first days (not limited) is all zeros for a new game. */
    private void answersAGoodExport() {
        HttpResponse<String> r = export(body(0, 3 * DAY, "1d", ", \"dimensions\": []"));
        assertEquals(200, r.statusCode(), r.body());
        JsonArray data = PortalClient.json(r).getJsonArray("data");
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("timestamp", 0).add("http", 0))
                .add(Json.createObjectBuilder().add("timestamp", DAY).add("http", 0))
                .add(Json.createObjectBuilder().add("timestamp", 2 * DAY).add("http", 0)).build(), data);
        assertEquals(false, PortalClient.json(r).getBoolean("error"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM export_value WHERE game_id = ?", game), "nothing was stored");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM export_bucket WHERE game_id = ?", game), "nothing was stored");
    }

    @Test
    void overTheRateLimitA429WithRetryAfterComesBeforeTheBodyIsRead() throws InterruptedException {
        // 30 calls take a second or two: start them early in a minute, so they count in one window
        long intoMinute = System.currentTimeMillis() % MINUTE;
        if (intoMinute > 50_000) {
            Thread.sleep(MINUTE - intoMinute + 100);
        }
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = export(i % 2 == 0 ? hour("") : "not even json");
            assertEquals(i % 2 == 0 ? 200 : 400, r.statusCode(), "call " + (i + 1) + ": " + r.body());
        }
        // a body that is too large and no JSON: the 429 comes first, the body is not judged
        byte[] hostile = "x".repeat(70_000).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> r = client.postBytes(PATH, "application/json", hostile, "X-Auth-Token", gameToken);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(429, r.statusCode(), r.body());
        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(error("Rate limit exceeded for exports with this token: 30 per minute; retry after " + retryAfter + " s"),
                PortalClient.jsonOf(r.body()));
        assertTrue(ms < 3_000, "took " + ms + " ms");
        // the limit is the token's: another token of the same game still exports
        String other = token("game", game);
        assertEquals(200, post("", hour(""), "X-Auth-Token", other).statusCode());
    }

    /**
     * The database that does not answer before the first byte (the export's tables gone for a
     * moment, as a restore would leave them): the kernel's 503 with {@code Retry-After} in Peer5's shape, and exports again once they are back.
     */
    @Test
    void aDatabaseThatDoesNotAnswerIs503() {
        Fixtures.execute("RENAME TABLE export_bucket TO export_bucket_away, export_minute TO export_minute_away");
        try {
            for (String format : new String[]{"", "?format=csv"}) {
                HttpResponse<String> r = post(format, hour(""), "X-Auth-Token", gameToken);
                assertEquals(503, r.statusCode(), r.body());
                assertEquals(error(DatabaseOutage.MESSAGE), PortalClient.jsonOf(r.body()), r.body());
                assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(null), format);
            }
        } finally {
            Fixtures.execute("RENAME TABLE export_bucket_away TO export_bucket, export_minute_away TO export_minute");
        }
        HttpResponse<String> r = post("?format=csv", hour(""), "X-Auth-Token", gameToken);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/csv;charset=UTF-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(r.body().startsWith("\"timestamp\",\"http\"\n"), r.body());
        assertEquals(61, r.body().split("\n").length, r.body());
    }
}
