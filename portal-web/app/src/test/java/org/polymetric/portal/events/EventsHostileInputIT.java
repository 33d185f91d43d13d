package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.CountlySdk.checksum;
import static org.polymetric.portal.events.CountlySdk.encode;
import static org.polymetric.portal.events.CountlySdk.params;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * Countly input meant to hurt: numbers that cost minutes to expand, oversized bulks, keys that
 * are not keys, unsigned parameters slipped next to signed ones. Each is answered at once with
 * Countly's {@code {"result": ...}} and a 4xx (or, where Countly skips quietly, stores nothing of
 * the bad part), and the server goes on answering an ordinary request.
 */
class EventsHostileInputIT extends PortalIT {
    private static final String I = "/api/events/i";
    private static final String BULK = "/i/bulk";
    /** Generous: the old code spent tens of seconds on some of these. */
    private static final Duration FAST = Duration.ofSeconds(3);
    private static final long T = Instant.parse("2026-02-03T10:05:00Z").getEpochSecond();
    private static final String HOUR = "2026-02-03T10";

    private static long studio;

    @BeforeAll
    static void aStudio() {
        studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("Hostile Countly")), "Hostile studio");
    }

    private record Game(long id, String key, String secret) {
    }

    private static Game game() {
        long id = Fixtures.game(studio, Fixtures.unique("Target app"));
        return new Game(id, EventsFixtures.appKey(id), Fixtures.text("SELECT secret_key FROM game WHERE id = ?", id));
    }

    private CountlySdk sdk() {
        return new CountlySdk(URI.create(base.toString()));
    }

    /** Sends, asserting it is answered within {@link #FAST}. */
    private static HttpResponse<String> fast(String what, Supplier<HttpResponse<String>> send) {
        long start = System.nanoTime();
        HttpResponse<String> r = send.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(FAST) < 0, what + " took " + took.toMillis() + " ms");
        return r;
    }

    private static void assertReply(int status, String result, HttpResponse<String> r, String what) {
        assertEquals(status + " {\"result\":\"" + result.replace("\"", "\\\"") + "\"}", r.statusCode() + " " + r.body(), what);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
    }

    /** An ordinary SDK request still goes through and is stored. */
    private void stillServes(Game g, String device) {
        HttpResponse<String> r = sdk().get(I, params("app_key", g.key(), "device_id", device, "begin_session", "1",
                "timestamp", Long.toString(T)));
        assertReply(200, "Success", r, "an ordinary request afterwards");
        assertTrue(Rollups.devices(g.id()).contains(device), Rollups.devices(g.id()).toString());
    }

    @Test
    void numbersWithHugeExponentsAreRefusedAtOnceAndNothingIsStored() {
        Game g = game();
        CountlySdk sdk = sdk();
        for (String n : List.of("1e50000000", "1E+50000000", "-1e-50000000", "9".repeat(100_000), "0x7fffffff", "Infinity")) {
            String shown = n.length() > 20 ? n.substring(0, 20) + "…" : n;
            assertReply(400, "Invalid parameter \"timestamp\"", fast("timestamp=" + shown, () -> sdk.postForm(I, params(
                    "app_key", g.key(), "device_id", "huge-ts", "begin_session", "1", "timestamp", n))), "timestamp=" + shown);
            assertReply(400, "Invalid parameter \"session_duration\"", fast("session_duration=" + shown, () -> sdk.postForm(I,
                    params("app_key", g.key(), "device_id", "huge-sd", "session_duration", n, "timestamp", Long.toString(T)))),
                    "session_duration=" + shown);
        }
        // the reproduction, as a plain GET
        assertReply(400, "Invalid parameter \"timestamp\"", fast("GET timestamp=1e50000000", () -> sdk.getRaw(I,
                "app_key=" + g.key() + "&device_id=x&timestamp=1e50000000")), "GET timestamp=1e50000000");
        assertEquals(List.of(), Rollups.everything(g.id()), "nothing stored");
        stillServes(g, "after-numbers");
    }

    @Test
    void anEventWithAHugeNumberIsDroppedAtOnceAndTheOthersAreKept() {
        Game g = game();
        String events = "[{\"key\":\"bomb\",\"count\":1e50000000},{\"key\":\"bomb\",\"sum\":\"1e50000000\"},"
                + "{\"key\":\"bomb\",\"dur\":1E+50000000},{\"key\":\"bomb\",\"timestamp\":1e50000000},"
                + "{\"key\":\"bomb\",\"count\":5000000000},{\"key\":\"fine\",\"count\":2,\"sum\":1.5}]";
        assertReply(200, "Success", fast("events with huge numbers", () -> sdk().postForm(I, params("app_key", g.key(),
                "device_id", "bomber", "events", events, "timestamp", Long.toString(T)))), "events with huge numbers");
        assertEquals(java.util.Map.of(HOUR + " fine||", "c=2 s=1.5 dur=0.0"), Rollups.events(g.id()));
    }

    @Test
    void aNumberLongerThanTheJsonParserTakesIsARefusalNotAServerError() {
        Game g = game();
        String digits = "9".repeat(1_200);
        assertReply(400, "Invalid parameter \"events\"", fast("events with a 1 200-digit count", () -> sdk().postForm(I,
                params("app_key", g.key(), "device_id", "long-number", "events", "[{\"key\":\"a\",\"count\":" + digits + "}]",
                        "timestamp", Long.toString(T)))), "events with a 1 200-digit count");
        assertReply(400, "Invalid parameter \"metrics\"", fast("metrics with a 1 200-digit value", () -> sdk().postForm(I,
                params("app_key", g.key(), "device_id", "long-number", "begin_session", "1", "metrics", "{\"_os\":" + digits + "}",
                        "timestamp", Long.toString(T)))), "metrics with a 1 200-digit value");
        // an exponent beyond an int: the JSON parser cannot read the number at all
        assertReply(400, "Invalid parameter \"events\"", fast("events with an exponent of 11 digits", () -> sdk().postForm(I,
                params("app_key", g.key(), "device_id", "long-number", "events", "[{\"key\":\"a\",\"count\":1e99999999999}]",
                        "timestamp", Long.toString(T)))), "events with an exponent of 11 digits");
        assertReply(400, "Invalid parameter \"metrics\"", fast("metrics with an exponent of 11 digits", () -> sdk().postForm(I,
                params("app_key", g.key(), "device_id", "long-number", "begin_session", "1", "metrics", "{\"_os\":1e99999999999}",
                        "timestamp", Long.toString(T)))), "metrics with an exponent of 11 digits");
        assertEquals(List.of(), Rollups.everything(g.id()), "nothing stored");
        stillServes(g, "after-long-numbers");
    }

    @Test
    void aBulkOverItsItemCapIs400NamingTheLimitAndStoresNothing() {
        Game g = game();
        String item = "{\"device_id\":\"bulk-%d\",\"begin_session\":1,\"timestamp\":" + T + "}";
        // a first small bulk, so that the timing below is not that of a cold server
        assertReply(200, "Success", sdk().postForm(BULK, params("app_key", g.key(), "requests", "[" + item.formatted(-1) + "]")), "warm-up");
        String over = IntStream.range(0, 1001).mapToObj(i -> item.formatted(i)).collect(Collectors.joining(",", "[", "]"));
        assertReply(400, "Invalid parameter \"requests\": at most 1000 requests in one bulk", fast("1001 items",
                () -> sdk().postForm(BULK, params("app_key", g.key(), "requests", over))), "1001 items");
        assertEquals(List.of("bulk--1"), Rollups.devices(g.id()), "nothing stored");
        String atCap = IntStream.range(0, 1000).mapToObj(i -> item.formatted(i)).collect(Collectors.joining(",", "[", "]"));
        assertReply(200, "Success", sdk().postForm(BULK, params("app_key", g.key(), "requests", atCap)), "1000 items");
        assertEquals(1001, Rollups.devices(g.id()).size());
    }

    @Test
    void aBulkLooksUpAtMostTenDistinctAppsAndSkipsItemsNamingMore() {
        List<Game> games = IntStream.range(0, 11).mapToObj(i -> game()).toList();
        // random well-formed keys first would each cost a look-up: they count toward the ten too
        String random = IntStream.range(0, 5).mapToObj(i -> "{\"app_key\":\"" + "%040x".formatted(new java.math.BigInteger(160,
                new java.util.Random(i))) + "\",\"device_id\":\"r\",\"begin_session\":1}").collect(Collectors.joining(","));
        String items = IntStream.range(0, 11).mapToObj(i -> "{\"app_key\":\"" + games.get(i).key()
                + "\",\"device_id\":\"multi-" + i + "\",\"begin_session\":1,\"timestamp\":" + T + "}").collect(Collectors.joining(","));
        assertReply(200, "Success", fast("a bulk over many apps", () -> sdk().postForm(BULK, params("app_key", games.get(0).key(),
                "requests", "[" + random + "," + items + "]"))), "a bulk over many apps");
        for (int i = 0; i < 11; i++) {
            List<String> expected = i < 5 ? List.of("multi-" + i) : List.of();
            assertEquals(expected, Rollups.devices(games.get(i).id()), "app " + i + ": the first ten distinct keys are looked up");
        }
        stillServes(games.get(10), "after-many-apps");
    }

    @Test
    void aBulkItemWithAHugeTimestampIsSkippedAndTheRestStored() {
        Game g = game();
        String requests = "[{\"device_id\":\"b-bad\",\"begin_session\":1,\"timestamp\":1e50000000},"
                + "{\"device_id\":\"b-good\",\"begin_session\":1,\"timestamp\":" + T + "}]";
        assertReply(200, "Success", fast("bulk with a huge timestamp", () -> sdk().postForm(BULK,
                params("app_key", g.key(), "requests", requests))), "bulk with a huge timestamp");
        assertEquals(List.of("b-good"), Rollups.devices(g.id()));
    }

    @Test
    void anAppKeyThatIsNotAKeyIsAnUnknownAppAtOnce() {
        Game g = game();
        CountlySdk sdk = sdk();
        for (String key : List.of("x", "k".repeat(100_000), g.key() + "0", g.key().substring(1) + "g", "' OR 1=1 -- " + "a".repeat(28))) {
            String shown = key.length() > 44 ? key.substring(0, 44) + "…" : key;
            assertReply(400, "App does not exist", fast("app_key=" + shown, () -> sdk.postForm(I,
                    params("app_key", key, "device_id", "stray", "begin_session", "1"))), "app_key=" + shown);
        }
        // a bulk naming such keys skips those items and stores the others
        String requests = "[{\"app_key\":\"nope\",\"device_id\":\"k-1\",\"begin_session\":1,\"timestamp\":" + T + "},"
                + "{\"device_id\":\"k-2\",\"begin_session\":1,\"timestamp\":" + T + "}]";
        assertReply(200, "Success", sdk.postForm(BULK, params("app_key", g.key(), "requests", requests)), "bulk");
        assertEquals(List.of("k-2"), Rollups.devices(g.id()));
    }

    @Test
    void aSignedQueryTakesNothingFromAnUnsignedBody() {
        Game g = game();
        Fixtures.execute("INSERT INTO events_app (game_id, checksum_required) VALUES (?, TRUE)", g.id());
        String query = encode(params("app_key", g.key(), "device_id", "signed-device", "begin_session", "1",
                "timestamp", Long.toString(T)));
        String signed = query + "&checksum=" + checksum("SHA-1", query, g.secret());
        String unsigned = encode(params("device_id", "forged-device", "events", "[{\"key\":\"forged\",\"count\":99}]",
                "timestamp", Long.toString(T - 86_400)));
        assertReply(200, "Success", sdk().postRaw(I, signed, "application/x-www-form-urlencoded", unsigned), "signed query, unsigned body");
        assertEquals(List.of("signed-device"), Rollups.devices(g.id()), "the body's device_id did not take effect");
        assertEquals(java.util.Map.of(), Rollups.events(g.id()), "the body's events did not take effect");
        assertEquals("t=1 n=1 d=0 e=1 u=1/1/1/1/1", Rollups.total(g.id(), HOUR), "the query's timestamp counted");

        // and a signed body takes nothing from the query string
        String body = encode(params("app_key", g.key(), "device_id", "body-device", "begin_session", "1",
                "timestamp", Long.toString(T)));
        String overriding = encode(params("events", "[{\"key\":\"forged\",\"count\":99}]"));
        assertReply(200, "Success", sdk().postRaw(I, overriding, "application/x-www-form-urlencoded",
                body + "&checksum256=" + checksum("SHA-256", body, g.secret())), "unsigned query, signed body");
        assertEquals(List.of("body-device", "signed-device"), Rollups.devices(g.id()));
        assertEquals(java.util.Map.of(), Rollups.events(g.id()), "the query's events did not take effect");
    }

    @Test
    void aReadOfTooLongAPeriodOrWithAnOverlongParameterIs400NamingTheLimit() {
        Game g = game();
        String token = new TokenMaker(client(), EventsFixtures.person("hostilereader", "game", g.id(), "viewer"))
                .token("game", g.id(), "viewer");
        String app = Long.toString(g.id());
        String tooLong = "Invalid parameter \"period\": at most 3660 days";
        for (String period : List.of("3661days", "999999999days", "[0,999999999999999]")) {
            for (String path : List.of("/o?method=sessions&", "/o?method=events&", "/o/analytics/sessions?",
                    "/o/analytics/events?event=x&")) {
                String call = path + EventsFixtures.query("api_key", token, "app_id", app, "period", period);
                assertReply(400, tooLong, fast(call, () -> client().get(call)), call);
            }
        }
        String events = "[\"" + "e".repeat(9000) + "\"]";
        // in a form body: the server refuses a URL this long before the portal sees it
        assertReply(400, "Invalid parameter \"events\": at most 8192 characters", fast("9 kB events", () -> client().postForm(
                "/o?" + EventsFixtures.query("api_key", token), java.util.Map.of("app_id", app, "method", "events", "events", events))),
                "9 kB events");
        HttpResponse<String> ok = client().get("/o?" + EventsFixtures.query("api_key", token, "app_id", app,
                "method", "sessions", "period", "3660days"));
        assertEquals(200, ok.statusCode(), "the longest period is read: " + ok.body());
    }
}
