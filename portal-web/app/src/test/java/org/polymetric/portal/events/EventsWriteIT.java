package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.CountlySdk.checksum;
import static org.polymetric.portal.events.CountlySdk.encode;
import static org.polymetric.portal.events.CountlySdk.params;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * Countly's write API ({@code /i}, {@code /i/bulk}) as the seed and DIALECTS.md describe it,
 * driven over HTTP as SDKs drive it, with what was stored read back by SQL. Every test makes its
 * own games (the portal keeps an app lookup for 5 s, so a game's settings are made before its
 * first request) and sends explicit past {@code timestamp}s, so that buckets are known.
 */
class EventsWriteIT extends PortalIT {
    private static final String I = "/api/events/i";
    private static final String BULK = "/api/events/i/bulk";

    private static final String SUCCESS = "{\"result\":\"Success\"}";
    private static final String DUPLICATE = "{\"result\":\"Success\",\"info\":\"Request ignored: Duplicate request\"}";
    private static final String MISSING_APP_KEY_OR_DEVICE = "{\"result\":\"Missing parameter \\\"app_key\\\" or \\\"device_id\\\"\"}";
    private static final String NO_APP = "{\"result\":\"App does not exist\"}";
    private static final String PAUSED = "{\"result\":\"App is currently not accepting data\"}";
    private static final String NO_CHECKSUM = "{\"result\":\"Request does not have checksum\"}";
    private static final String BAD_CHECKSUM = "{\"result\":\"Request does not match checksum\"}";
    private static final String IGNORED_DEVICE = "{\"result\":\"Ignoring device_id\"}";
    private static final String MISSING_REQUESTS = "{\"result\":\"Missing parameter \\\"requests\\\"\"}";
    private static final String INVALID_REQUESTS = "{\"result\":\"Invalid parameter \\\"requests\\\"\"}";
    private static final String METHOD_NOT_ALLOWED = "{\"result\":\"Method not allowed\"}";
    private static final String ZERO_DEVICE = "00000000-0000-0000-0000-000000000000";

    /** 2026-02-03 10:05:00 UTC; requests of one test stay within its hour. */
    private static final long T = Instant.parse("2026-02-03T10:05:00Z").getEpochSecond();
    private static final String HOUR = "2026-02-03T10";
    private static final String NEW_DEVICE_SESSION = "t=1 n=1 d=0 e=0 u=1/1/1/1/1";
    private static final String BUCKET_ONLY = "t=1 n=0 d=0 e=0 u=0/0/0/0/0";
    /** The totals after one begin_session of a new device: the request itself counts in e. */
    private static final String ONE_BEGIN = "t=1 n=1 d=0 e=1 u=1/1/1/1/1";

    private static final String METRICS = "{\"_os\":\"Android\",\"_os_version\":\"4.4\",\"_device\":\"Pixel 7\","
            + "\"_resolution\":\"1080x1920\",\"_carrier\":\"Vodafone\",\"_app_version\":\"1.2.3\"}";
    private static final String SEED_EVENTS = "[{\"key\":\"level_success\",\"count\":4},{\"key\":\"level_fail\",\"count\":2},"
            + "{\"key\":\"in_app_purchase\",\"count\":3,\"sum\":2.97,\"segmentation\":{\"app_version\":\"1.0\",\"country\":\"Turkey\"}}]";

    private static long studio;
    private static String owner;

    /** A Countly app: the game's key is the {@code app_key}, its secret the checksum salt. */
    private record Game(long id, String key, String secret) {
    }

    @BeforeAll
    static void studioWithAnOwner() {
        long org = Fixtures.organization(Fixtures.unique("Countly users"));
        studio = Fixtures.studio(org, "SDK studio");
        owner = Fixtures.user("sdkowner");
        Fixtures.grant(owner, "organization", org, "owner");
    }

    // ---------------------------------------------------------------- the documented SDK sequence

    @Test
    void theSeedsSessionSequenceIsAnsweredSuccessAndRolledUpAsCountlyCountsIt() {
        Game g = game();
        String device = "sdk-device-1";
        accepted(g, device, T, "sdk_version", "22.09.0", "begin_session", "1", "metrics", METRICS);
        accepted(g, device, T + 30, "session_duration", "30");
        accepted(g, device, T + 60, "session_duration", "30");
        accepted(g, device, T + 70, "events", SEED_EVENTS);
        accepted(g, device, T + 80, "end_session", "1", "session_duration", "15");

        assertEquals(expected(
                "|", "t=1 n=1 d=75 e=5 u=1/1/1/1/1", // one session of a new device, 30+30+15 s; e: its five requests
                "countries|Unknown", NEW_DEVICE_SESSION, // loopback cannot be located
                "cities|Unknown", NEW_DEVICE_SESSION,
                "os|Android", NEW_DEVICE_SESSION,
                "os_versions|a4:4", NEW_DEVICE_SESSION, // Android 4.4, with its OS prefix and the dot as a colon
                "devices|Pixel 7", NEW_DEVICE_SESSION,
                "resolutions|1080x1920", NEW_DEVICE_SESSION,
                "carriers|Vodafone", NEW_DEVICE_SESSION,
                "app_versions|1:2:3", NEW_DEVICE_SESSION,
                "ds|3", BUCKET_ONLY, // 75 s lies in 61-180
                "f|0", BUCKET_ONLY, // first session
                "l|0", BUCKET_ONLY), // loyalty: 1 session
                Rollups.sessions(g.id(), HOUR));
        assertEquals(expected(
                HOUR + " level_success||", "c=4 s=0.0 dur=0.0",
                HOUR + " level_fail||", "c=2 s=0.0 dur=0.0",
                HOUR + " in_app_purchase||", "c=3 s=2.97 dur=0.0",
                HOUR + " in_app_purchase|app_version|1:0", "c=3 s=2.97 dur=0.0",
                HOUR + " in_app_purchase|country|Turkey", "c=3 s=2.97 dur=0.0"),
                Rollups.events(g.id()));
        assertEquals("sessions=1 duration=75 open=false first=" + T + " last=" + (T + 80) + " end=" + (T + 80),
                Rollups.device(g.id(), device));
        String properties = Rollups.properties(g.id(), device);
        assertTrue(properties != null && properties.contains("\"_os\":\"Android\""), "the device's metrics are kept: " + properties);
    }

    @Test
    void metricsCountOnlyWithBeginSession() {
        Game g = game();
        accepted(g, "m-1", T, "begin_session", "1", "metrics", "{\"_os\":\"iOS\",\"_os_version\":\"17.2\"}");
        accepted(g, "m-1", T + 10, "session_duration", "10", "metrics", "{\"_os\":\"Android\"}");
        Map<String, String> rows = Rollups.sessions(g.id(), HOUR);
        assertEquals(NEW_DEVICE_SESSION, rows.get("os|iOS"));
        assertEquals(NEW_DEVICE_SESSION, rows.get("os_versions|i17:2"));
        assertNull(rows.get("os|Android"), "metrics without begin_session are not counted: " + rows);
    }

    @Test
    void sessionDurationIsCappedAtADayAndANegativeOneCountsAsThirtySeconds() {
        Game g = game();
        String d = "marathon-1";
        accepted(g, d, T, "begin_session", "1");
        accepted(g, d, T + 10, "session_duration", "-5");
        accepted(g, d, T + 20, "session_duration", "100000");
        accepted(g, d, T + 30, "end_session", "1");
        Map<String, String> rows = Rollups.sessions(g.id(), HOUR);
        assertEquals("t=1 n=1 d=86430 e=4 u=1/1/1/1/1", rows.get("|"), "30 + 86 400");
        assertEquals(BUCKET_ONLY, rows.get("ds|7"), "3601+: " + rows);
    }

    @Test
    void eventsCountDefaultsToOneSumKeepsFiveDecimalsAndSegmentsAreCleanedAsCountlyStoresThem() {
        Game g = game();
        String events = "[{\"key\":\"purchase\",\"count\":2,\"sum\":1.234567,\"dur\":12.5,\"segmentation\":"
                + "{\"$store.name\":\"App.Store\",\"level\":\"5\",\"version\":\"10.2\",\"tags\":[\"a\",\"b\"]}},{\"key\":\"open\"}]";
        accepted(g, "seg-1", T, "events", events);
        assertEquals(expected(
                HOUR + " purchase||", "c=2 s=1.23457 dur=12.5",
                HOUR + " purchase|storename|App:Store", "c=2 s=1.23457 dur=12.5", // leading $ and dots leave keys; values: . → :
                HOUR + " purchase|level|[CLY]5", "c=2 s=1.23457 dur=12.5", // "1".."31" would read as days
                HOUR + " purchase|version|10:2", "c=2 s=1.23457 dur=12.5", // arrays (tags) are ignored
                HOUR + " open||", "c=1 s=0.0 dur=0.0"),
                Rollups.events(g.id()));
        assertNull(Rollups.total(g.id(), HOUR), "a device that never began a session leaves no session rows");
    }

    /** The SDK's view sequence: the view opens with visit:1, closes with its duration; one view, 42 s. */
    @Test
    void aPageViewCountsOnceAndItsClosingAddsTheDuration() {
        Game g = game();
        accepted(g, "viewer-1", T, "events", "[{\"key\":\"[CLY]_view\",\"count\":1,"
                + "\"segmentation\":{\"name\":\"Settings\",\"visit\":1,\"start\":1,\"segment\":\"Android\"}}]");
        accepted(g, "viewer-1", T + 42, "events", "[{\"key\":\"[CLY]_view\",\"count\":1,\"dur\":42,"
                + "\"segmentation\":{\"name\":\"Settings\",\"segment\":\"Android\"}}]");
        assertEquals(expected(
                HOUR + " [CLY]_view||", "c=1 s=0.0 dur=42.0",
                HOUR + " [CLY]_view|name|Settings", "c=1 s=0.0 dur=42.0",
                HOUR + " [CLY]_view|segment|Android", "c=1 s=0.0 dur=42.0"),
                Rollups.events(g.id()), "visit and start are markers, not segments");
    }

    // ---------------------------------------------------------------- transport

    @Test
    void getFormMultipartAndBareFormPostsAreAllTakenAndTheBodyWinsOverTheQuery() {
        Game g = game();
        CountlySdk sdk = sdk();
        String ts = Long.toString(T);
        HttpResponse<String> get = sdk.get(I, params("app_key", g.key(), "device_id", "get-1", "begin_session", "1", "timestamp", ts));
        assertReply(200, SUCCESS, get);
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "web SDKs post from other sites");
        assertReply(200, SUCCESS, sdk.postForm(I, params("app_key", g.key(), "device_id", "form-1", "begin_session", "1",
                "timestamp", ts)));
        assertReply(200, SUCCESS, sdk.postMultipart(I, params("app_key", g.key(), "device_id", "multipart-1", "begin_session", "1",
                "metrics", "{\"_os\":\"Android\"}", "timestamp", ts)));
        assertReply(200, SUCCESS, sdk.postRaw(I, null, null, encode(params("app_key", g.key(), "device_id", "bare-1",
                "begin_session", "1", "timestamp", ts))));
        assertReply(200, SUCCESS, sdk.postRaw(I, encode(params("app_key", g.key(), "device_id", "query-dev", "timestamp", ts)),
                "application/x-www-form-urlencoded", encode(params("device_id", "body-dev", "begin_session", "1"))));

        assertEquals(List.of("bare-1", "body-dev", "form-1", "get-1", "multipart-1"), Rollups.devices(g.id()),
                "query and body merge, the body's device_id wins");
        assertEquals("t=5 n=5 d=0 e=5 u=5/5/5/5/5", Rollups.total(g.id(), HOUR));
        assertEquals(NEW_DEVICE_SESSION, Rollups.sessions(g.id(), HOUR).get("os|Android"), "multipart fields are JSON strings too");
    }

    @Test
    void timestampsInMillisecondsAreTakenAndFutureOnesAreClampedToNow() {
        Game g = game();
        accepted(g, "ms-1", T * 1000 + 123, "begin_session", "1");
        assertEquals(ONE_BEGIN, Rollups.total(g.id(), HOUR), "13 digits are milliseconds");
        long before = Instant.now().getEpochSecond();
        accepted(g, "future-1", before + 10 * 86_400, "begin_session", "1");
        long after = Instant.now().getEpochSecond();
        long seen = Long.parseLong(Fixtures.text("SELECT first_seen FROM events_device WHERE game_id = ? AND device_id = 'future-1'", g.id()));
        assertTrue(seen >= before && seen <= after, "a future timestamp is now: " + seen + " not in " + before + ".." + after);
    }

    @Test
    void theRootPathsIAndIBulkAnswerExactlyLikeTheApiPaths() {
        Game g = game();
        CountlySdk sdk = sdk();
        String ts = Long.toString(T);
        String unknown = UUID.randomUUID().toString().replace("-", "") + "00000000";
        List<Executable> checks = new ArrayList<>();
        // successes need a device of their own on each side: the same request twice is a duplicate
        sameAnswer(checks, "GET begin_session", p -> sdk.get(p, params("app_key", g.key(), "device_id", side(p) + "-get",
                "begin_session", "1", "timestamp", ts)), I, "/i");
        sameAnswer(checks, "form POST begin_session", p -> sdk.postForm(p, params("app_key", g.key(), "device_id", side(p) + "-form",
                "begin_session", "1", "timestamp", ts)), I, "/i");
        sameAnswer(checks, "missing device_id", p -> sdk.get(p, params("app_key", g.key())), I, "/i");
        sameAnswer(checks, "unknown app", p -> sdk.get(p, params("app_key", unknown, "device_id", "x")), I, "/i");
        sameAnswer(checks, "JSONP", p -> sdk.get(p, params("app_key", g.key(), "device_id", side(p) + "-jsonp",
                "timestamp", ts, "callback", "cb")), I, "/i");
        sameAnswer(checks, "bulk without requests", p -> sdk.postForm(p, params("app_key", g.key())), BULK, "/i/bulk");
        sameAnswer(checks, "bulk with an object", p -> sdk.postForm(p, params("app_key", g.key(), "requests", "{}")), BULK, "/i/bulk");
        sameAnswer(checks, "bulk", p -> sdk.postForm(p, params("app_key", g.key(), "requests",
                "[{\"device_id\":\"" + side(p) + "-bulk\",\"begin_session\":1,\"timestamp\":" + ts + "}]")), BULK, "/i/bulk");
        assertAll(checks);
        assertEquals(List.of("api-bulk", "api-form", "api-get", "api-jsonp", "root-bulk", "root-form", "root-get", "root-jsonp"),
                Rollups.devices(g.id()), "what came through /i is stored as well");
        // e: the six begins; the JSONP devices never began a session
        assertEquals("t=6 n=6 d=0 e=6 u=6/6/6/6/6", Rollups.total(g.id(), HOUR));
    }

    /**
     * GET and POST on {@code /i} and {@code /i/bulk} are answered by a servlet filter in front of
     * JAX-RS (the SDKs' busy path); the same path with a trailing slash still reaches the JAX-RS
     * resource. Both must answer alike, security headers included.
     */
    @Test
    void theFastPathAnswersExactlyAsTheResourceBehindIt() {
        Game g = game();
        CountlySdk sdk = sdk();
        String ts = Long.toString(T);
        List<Executable> checks = new ArrayList<>();
        sameAnswer(checks, "GET begin_session", p -> sdk.get(p, params("app_key", g.key(), "device_id", slash(p) + "-get",
                "begin_session", "1", "timestamp", ts)), I, I + "/");
        sameAnswer(checks, "form POST", p -> sdk.postForm(p, params("app_key", g.key(), "device_id", slash(p) + "-form",
                "begin_session", "1", "timestamp", ts)), I, I + "/");
        sameAnswer(checks, "multipart POST", p -> sdk.postMultipart(p, params("app_key", g.key(), "device_id", slash(p) + "-mp",
                "begin_session", "1", "timestamp", ts)), I, I + "/");
        sameAnswer(checks, "JSONP", p -> sdk.get(p, params("app_key", g.key(), "device_id", slash(p) + "-jsonp",
                "timestamp", ts, "callback", "cb")), I, I + "/");
        sameAnswer(checks, "missing device_id", p -> sdk.get(p, params("app_key", g.key())), I, I + "/");
        sameAnswer(checks, "broken events", p -> sdk.get(p, params("app_key", g.key(), "device_id", "broken", "events", "[{")),
                I, I + "/");
        sameAnswer(checks, "a body over 5 MB", p -> sdk.postRaw(p, null, "application/x-www-form-urlencoded",
                "app_key=" + g.key() + "&device_id=big&metrics=" + "x".repeat(5 * 1024 * 1024)), I, I + "/");
        sameAnswer(checks, "bulk", p -> sdk.postForm(p, params("app_key", g.key(), "requests",
                "[{\"device_id\":\"" + slash(p) + "-bulk\",\"begin_session\":1,\"timestamp\":" + ts + "}]")), BULK, BULK + "/");
        assertAll(checks);
        assertReply(413, "{\"result\":\"Request is too large\"}", sdk.postRaw(I, null, "application/x-www-form-urlencoded",
                "app_key=" + g.key() + "&device_id=big&metrics=" + "x".repeat(5 * 1024 * 1024)), "the fast path's body limit");
        assertEquals(List.of("fast-bulk", "fast-form", "fast-get", "fast-jsonp", "fast-mp",
                        "resource-bulk", "resource-form", "resource-get", "resource-jsonp", "resource-mp"),
                Rollups.devices(g.id()), "both ways store; nothing of a refused request is stored");
    }

    /** Which way a device was sent: the fast path or, with a trailing slash, the JAX-RS resource. */
    private static String slash(String path) {
        return path.endsWith("/") ? "resource" : "fast";
    }

    @Test
    void optionsAnswersTheCorsPreflight() {
        CountlySdk sdk = sdk();
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of(I, BULK, "/i", "/i/bulk")) {
            checks.add(() -> {
                HttpResponse<String> r = sdk.send("OPTIONS", path, "Origin", "https://shop.example", "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "content-type");
                assertEquals(List.of("200", "*", "POST, GET, OPTIONS", "countly-token, Content-Type"), List.of(
                        Integer.toString(r.statusCode()),
                        r.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)"),
                        r.headers().firstValue("Access-Control-Allow-Methods").orElse("(none)"),
                        r.headers().firstValue("Access-Control-Allow-Headers").orElse("(none)")), "OPTIONS " + path);
            });
        }
        assertAll(checks);
    }

    @Test
    void otherVerbsAre405MethodNotAllowed() {
        CountlySdk sdk = sdk();
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of(I, BULK, "/i", "/i/bulk")) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                checks.add(() -> assertReply(405, METHOD_NOT_ALLOWED, sdk.send(method, path)));
            }
        }
        assertAll(checks);
    }

    @Test
    void headIsAnotherVerbToo405AndNotAGetThatStores() {
        Game g = game();
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of(I, BULK, "/i", "/i/bulk")) {
            String query = "?" + encode(params("app_key", g.key(), "device_id", "head" + path.replace('/', '-'),
                    "begin_session", "1", "timestamp", Long.toString(T)));
            // a HEAD answer has no body to read a result from: the status says it
            checks.add(() -> assertEquals(405, sdk().send("HEAD", path + query).statusCode(), "HEAD " + path));
        }
        checks.add(() -> assertEquals(List.of(), Rollups.devices(g.id()), "HEAD stores nothing"));
        assertAll(checks);
    }

    @Test
    void aCallbackTurnsASuccessIntoJsonpButNeverAnError() {
        Game g = game();
        CountlySdk sdk = sdk();
        HttpResponse<String> ok = sdk.get(I, params("app_key", g.key(), "device_id", "jsonp-1", "begin_session", "1",
                "timestamp", Long.toString(T), "callback", "cb"));
        assertReply(200, "cb({\"result\":\"Success\"})", ok);
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"),
                ok.headers().firstValue("Content-Type").orElse("(none)"));
        HttpResponse<String> error = sdk.get(I, params("app_key", "f".repeat(40), "device_id", "jsonp-2", "callback", "cb"));
        assertReply(400, NO_APP, error, "an error is JSON, never script");
        assertTrue(error.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "an error's type");
        // a callback that is no JavaScript name would put the caller's text into a script: plain JSON instead
        assertReply(200, SUCCESS, sdk.get(I, params("app_key", g.key(), "device_id", "jsonp-3", "begin_session", "1",
                "timestamp", Long.toString(T), "callback", "alert(document.cookie)//")));
        assertEquals(List.of("jsonp-1", "jsonp-3"), Rollups.devices(g.id()));
    }

    // ---------------------------------------------------------------- the results table

    @Test
    void missingAppKeyOrDeviceIdIs400() {
        Game g = game();
        CountlySdk sdk = sdk();
        assertAll(
                () -> assertReply(400, MISSING_APP_KEY_OR_DEVICE, sdk.get(I, params())),
                () -> assertReply(400, MISSING_APP_KEY_OR_DEVICE, sdk.get(I, params("device_id", "lost-1", "begin_session", "1"))),
                () -> assertReply(400, MISSING_APP_KEY_OR_DEVICE, sdk.get(I, params("app_key", g.key(), "begin_session", "1"))),
                () -> assertReply(400, MISSING_APP_KEY_OR_DEVICE, sdk.get(I, params("app_key", "", "device_id", "lost-2"))),
                () -> assertReply(400, MISSING_APP_KEY_OR_DEVICE, sdk.get(I, params("app_key", g.key(), "device_id", ""))),
                () -> assertReply(400, MISSING_APP_KEY_OR_DEVICE, sdk.postForm(I, params("app_key", g.key()))));
        assertEquals(List.of(), Rollups.everything(g.id()));
    }

    @Test
    void anUnknownAppKeyIs400AppDoesNotExist() {
        String unknown = UUID.randomUUID().toString().replace("-", "") + "12345678";
        assertReply(400, NO_APP, sdk().get(I, params("app_key", unknown, "device_id", "stray-1", "begin_session", "1")));
        assertReply(400, NO_APP, sdk().postForm(I, params("app_key", unknown, "device_id", "stray-1", "end_session", "1")));
    }

    @Test
    void aPausedGameIs400NotAcceptingDataAndItsBulkItemsAreDropped() {
        Game g = game();
        Fixtures.execute("UPDATE game SET paused = 1 WHERE id = ?", g.id()); // before its first request: lookups are kept 5 s
        CountlySdk sdk = sdk();
        assertReply(400, PAUSED, sdk.get(I, params("app_key", g.key(), "device_id", "p-1", "begin_session", "1",
                "timestamp", Long.toString(T))));
        assertReply(400, PAUSED, sdk.postForm(I, params("app_key", g.key(), "device_id", "p-1", "events", SEED_EVENTS)));
        assertReply(200, SUCCESS, sdk.postForm(BULK, params("app_key", g.key(), "requests",
                "[{\"device_id\":\"p-2\",\"begin_session\":1,\"timestamp\":" + T + "}]")));
        assertEquals(List.of(), Rollups.everything(g.id()), "a paused game stores nothing");
    }

    @Test
    void aGameThatRequiresChecksumsTakesOnlyCorrectlySignedRequests() {
        Game g = game();
        // set before the game's first request: lookups are kept 5 s
        Fixtures.execute("INSERT INTO events_app (game_id, checksum_required) VALUES (?, TRUE)", g.id());
        Game other = game();
        CountlySdk sdk = sdk();
        String ts = Long.toString(T);

        String q1 = encode(params("app_key", g.key(), "device_id", "signed-1", "begin_session", "1", "timestamp", ts));
        assertReply(200, NO_CHECKSUM, sdk.getRaw(I, q1));
        assertReply(200, BAD_CHECKSUM, sdk.getRaw(I, q1 + "&checksum=" + "0".repeat(40)));
        assertReply(200, BAD_CHECKSUM, sdk.getRaw(I, q1 + "&checksum=" + checksum("SHA-1", q1, other.secret())), "another game's salt");
        assertReply(200, BAD_CHECKSUM, sdk.getRaw(I, q1 + "&checksum256=" + checksum("SHA-256", q1 + "&x=1", g.secret())),
                "signed over other parameters");
        assertEquals(List.of(), Rollups.everything(g.id()), "refused requests store nothing");

        assertReply(200, SUCCESS, sdk.getRaw(I, q1 + "&checksum=" + checksum("SHA-1", q1, g.secret())));
        String q2 = encode(params("app_key", g.key(), "device_id", "signed-2", "begin_session", "1", "timestamp", ts));
        assertReply(200, SUCCESS, sdk.getRaw(I, q2 + "&checksum256=" + checksum("SHA-256", q2, g.secret())));
        // the web SDK signs its form body and appends checksum256 to it
        String body = encode(params("app_key", g.key(), "begin_session", "1", "device_id", "signed-3", "timestamp", ts));
        assertReply(200, SUCCESS, sdk.postRaw(I, null, "application/x-www-form-urlencoded",
                body + "&checksum256=" + checksum("SHA-256", body, g.secret())));
        assertReply(200, BAD_CHECKSUM, sdk.postRaw(I, null, "application/x-www-form-urlencoded",
                body.replace("signed-3", "signed-4") + "&checksum256=" + checksum("SHA-256", body, g.secret())));

        assertEquals(List.of("signed-1", "signed-2", "signed-3"), Rollups.devices(g.id()));
        assertEquals("t=3 n=3 d=0 e=3 u=3/3/3/3/3", Rollups.total(g.id(), HOUR));
    }

    @Test
    void theZeroDeviceIdIsAnsweredIgnoringDeviceIdAndNotStored() {
        Game g = game();
        assertReply(200, IGNORED_DEVICE, sdk().get(I, params("app_key", g.key(), "device_id", ZERO_DEVICE, "begin_session", "1",
                "timestamp", Long.toString(T))));
        assertReply(200, IGNORED_DEVICE, sdk().postForm(I, params("app_key", g.key(), "device_id", ZERO_DEVICE, "events", SEED_EVENTS)));
        assertEquals(List.of(), Rollups.everything(g.id()));
    }

    @Test
    void theSameRequestTwiceIsADuplicateAndCountsOnce() {
        Game g = game();
        CountlySdk sdk = sdk();
        Map<String, String> request = params("app_key", g.key(), "device_id", "dup-1", "begin_session", "1",
                "events", "[{\"key\":\"tap\",\"count\":1}]", "timestamp", Long.toString(T));
        assertReply(200, SUCCESS, sdk.get(I, request));
        List<String> stored = Rollups.everything(g.id());
        assertReply(200, DUPLICATE, sdk.get(I, request));
        assertEquals(stored, Rollups.everything(g.id()), "the duplicate changed nothing");
        assertEquals(ONE_BEGIN, Rollups.total(g.id(), HOUR));
        assertEquals("c=1 s=0.0 dur=0.0", Rollups.events(g.id()).get(HOUR + " tap||"));

        accepted(g, "dup-1", T + 20, "session_duration", "20");
        assertEquals("t=1 n=1 d=20 e=2 u=1/1/1/1/1", Rollups.total(g.id(), HOUR), "a different request counts");
    }

    @Test
    void theSameRequestSentManyTimesAtOnceIsAnsweredEachTimeAndCountsOnce() throws Exception {
        // an SDK that times out resends a request still in flight: the copies may share a batch
        Game g = game();
        CountlySdk sdk = sdk();
        Map<String, String> request = params("app_key", g.key(), "device_id", "dup-burst", "begin_session", "1",
                "timestamp", Long.toString(T));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sent.add(pool.submit(() -> {
                    HttpResponse<String> r = sdk.get(I, request);
                    return r.statusCode() + " " + r.body();
                }));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> f : sent) {
                answers.add(f.get(15, TimeUnit.SECONDS));
            }
            assertEquals(1, answers.stream().filter(a -> a.equals("200 " + SUCCESS)).count(), answers.toString());
            assertEquals(11, answers.stream().filter(a -> a.equals("200 " + DUPLICATE)).count(), answers.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ONE_BEGIN, Rollups.total(g.id(), HOUR));
    }

    @Test
    void bulkWithoutRequestsIs400MissingAndWithANonArrayIs400Invalid() {
        Game g = game();
        CountlySdk sdk = sdk();
        assertAll(
                () -> assertReply(400, MISSING_REQUESTS, sdk.postForm(BULK, params("app_key", g.key()))),
                () -> assertReply(400, MISSING_REQUESTS, sdk.get(BULK, params("app_key", g.key(), "requests", ""))),
                () -> assertReply(400, INVALID_REQUESTS, sdk.postForm(BULK, params("app_key", g.key(), "requests",
                        "{\"device_id\":\"b-1\",\"begin_session\":1}"))),
                () -> assertReply(400, INVALID_REQUESTS, sdk.postForm(BULK, params("app_key", g.key(), "requests", "\"[]\""))),
                () -> assertReply(400, INVALID_REQUESTS, sdk.postForm(BULK, params("app_key", g.key(), "requests", "[{\"device_id\":"))));
        assertEquals(List.of(), Rollups.everything(g.id()));
    }

    @Test
    void aBulkOfSeveralDevicesIsStoredWholeItemsInheritTheOuterAppKeyAndItemsWithoutADeviceAreSkipped() {
        Game g = game();
        String requests = "["
                + "{\"device_id\":\"bulk-1\",\"begin_session\":1,\"timestamp\":" + T + ",\"metrics\":\"{\\\"_os\\\":\\\"Android\\\"}\"},"
                + "{\"device_id\":\"bulk-2\",\"begin_session\":\"1\",\"timestamp\":" + T + ",\"metrics\":{\"_os\":\"iOS\",\"_os_version\":\"17.2\"}},"
                + "{\"begin_session\":1,\"timestamp\":" + T + "},"
                + "{\"device_id\":\"" + ZERO_DEVICE + "\",\"begin_session\":1,\"timestamp\":" + T + "},"
                + "{\"device_id\":\"bulk-3\",\"timestamp\":" + T + ",\"events\":[{\"key\":\"bulk_event\",\"count\":2}]},"
                + "{\"app_key\":\"" + g.key() + "\",\"device_id\":\"bulk-4\",\"begin_session\":1,\"timestamp\":" + (T + 60) + "},"
                + "{\"device_id\":\"bulk-bad\",\"begin_session\":1,\"timestamp\":" + T + ",\"events\":\"[{\\\"key\\\":\"}"
                + "]";
        assertReply(200, SUCCESS, sdk().postForm(BULK, params("app_key", g.key(), "requests", requests)));

        assertEquals(List.of("bulk-1", "bulk-2", "bulk-3", "bulk-4"), Rollups.devices(g.id()),
                "no device, the zero device and a broken item are skipped, nothing else");
        Map<String, String> rows = Rollups.sessions(g.id(), HOUR);
        assertEquals("t=3 n=3 d=0 e=3 u=3/3/3/3/3", rows.get("|"), "e: the three begins; bulk-3 never began a session");
        assertEquals(NEW_DEVICE_SESSION, rows.get("os|Android"), "metrics as a JSON string");
        assertEquals(NEW_DEVICE_SESSION, rows.get("os|iOS"), "metrics as an object");
        assertEquals(NEW_DEVICE_SESSION, rows.get("os_versions|i17:2"));
        assertEquals(expected(HOUR + " bulk_event||", "c=2 s=0.0 dur=0.0"), Rollups.events(g.id()), "events as an array");
    }

    // ---------------------------------------------------------------- semantics

    @Test
    void aBeginWithin15SecondsOfTheEndContinuesTheSessionAndSixteenSecondsLaterStartsANewOne() {
        Game g = game();
        String d = "cool-1";
        accepted(g, d, T, "begin_session", "1");
        accepted(g, d, T + 5, "end_session", "1", "session_duration", "5");
        accepted(g, d, T + 15, "begin_session", "1"); // 10 s after the end
        // e: the begin and the end; a resuming begin is no request to Countly's count
        assertEquals("t=1 n=1 d=5 e=2 u=1/1/1/1/1", Rollups.total(g.id(), HOUR), "the same session goes on");
        assertTrue(Rollups.device(g.id(), d).startsWith("sessions=1 duration=5 open=true"), Rollups.device(g.id(), d));

        accepted(g, d, T + 20, "end_session", "1", "session_duration", "5");
        assertEquals(BUCKET_ONLY, Rollups.sessions(g.id(), HOUR).get("ds|0"), "one duration range for the resumed 10 s session");
        accepted(g, d, T + 36, "begin_session", "1"); // 16 s after the end
        assertEquals("t=2 n=1 d=10 e=4 u=1/1/1/1/1", Rollups.total(g.id(), HOUR), "a new session, same device, same hour");
        assertTrue(Rollups.device(g.id(), d).startsWith("sessions=2 duration=10 open=true"), Rollups.device(g.id(), d));
    }

    @Test
    void bucketsAreLocalHoursOfTheGamesTimeZoneSoMidnightSplitsDaysThere() {
        Game newYork = game();
        Fixtures.execute("UPDATE game SET timezone = 'America/New_York' WHERE id = ?", newYork.id()); // before its first request
        Game utc = game();
        ZoneId zone = ZoneId.of("America/New_York");
        long halfPastEleven = LocalDateTime.parse("2026-01-15T23:30:00").atZone(zone).toEpochSecond(); // 04:30 UTC on the 16th
        for (Game g : List.of(newYork, utc)) {
            accepted(g, "night-owl", halfPastEleven, "begin_session", "1");
            accepted(g, "night-owl", halfPastEleven + 600, "events", "[{\"key\":\"late_level\",\"count\":1}]");
            accepted(g, "night-owl", halfPastEleven + 900, "end_session", "1");
            accepted(g, "night-owl", halfPastEleven + 3600, "begin_session", "1"); // 00:30 in New York
        }
        assertEquals(expected(
                "2026-01-15T23", "t=1 n=1 d=0 e=3 u=1/1/1/1/1",
                "2026-01-16T00", "t=1 n=0 d=0 e=1 u=1/1/0/0/0"), // a new local day (same week, month, year)
                Rollups.totals(newYork.id()));
        assertEquals(expected("2026-01-15T23 late_level||", "c=1 s=0.0 dur=0.0"), Rollups.events(newYork.id()));
        assertEquals(List.of(List.of("2026-01-15", "0", "1"), List.of("2026-01-15", "1", "1")),
                Rollups.rows("SELECT cohort, n, users FROM events_retention WHERE game_id = ? ORDER BY n", newYork.id()),
                "first seen on the 15th, back on the 16th, New York time");
        assertEquals(expected(
                "2026-01-16T04", "t=1 n=1 d=0 e=3 u=1/1/1/1/1",
                "2026-01-16T05", "t=1 n=0 d=0 e=1 u=1/0/0/0/0"), // the same requests are one day in UTC
                Rollups.totals(utc.id()));
    }

    @Test
    void badInputIsRefusedWithCountlysErrorAndNothingOfItIsStored() {
        Game g = game();
        CountlySdk sdk = sdk();
        String d = "careful-1";
        accepted(g, d, T, "begin_session", "1");
        List<String> before = Rollups.everything(g.id());
        String later = Long.toString(T + 100);
        assertAll(
                () -> assertReply(400, invalid("events"), sdk.get(I, params("app_key", g.key(), "device_id", d, "end_session", "1",
                        "begin_session", "1", "events", "[{\"key\":\"broken\",\"count\":1}", "timestamp", later)), "broken JSON"),
                () -> assertReply(400, invalid("events"), sdk.get(I, params("app_key", g.key(), "device_id", d, "end_session", "1",
                        "begin_session", "1", "events", "{\"key\":\"not a list\"}", "timestamp", later)), "events not an array"),
                () -> assertReply(400, invalid("timestamp"), sdk.get(I, params("app_key", g.key(), "device_id", d, "begin_session", "1",
                        "events", "[{\"key\":\"ok\",\"count\":1}]", "timestamp", "yesterday")), "non-numeric timestamp"),
                () -> assertReply(400, invalid("metrics"), sdk.get(I, params("app_key", g.key(), "device_id", d, "begin_session", "1",
                        "metrics", "{\"_os\":", "timestamp", later)), "broken metrics"));
        assertEquals(before, Rollups.everything(g.id()), "no partial write");
    }

    @Test
    void aMalformedEventIsDroppedAndTheRestOfTheRequestIsStoredAnsweredSuccessAsCountlyDoes() {
        Game g = game();
        CountlySdk sdk = sdk();
        String tenThousand = IntStream.range(0, 10_000).mapToObj(i -> "{\"key\":\"many_" + (i % 10) + "\",\"count\":1}")
                .collect(Collectors.joining(",", "[", "]"));
        String bad = "[{\"key\":\"ok\",\"count\":1},{\"key\":\"" + "k".repeat(1 << 20) + "\",\"count\":1},"
                + "{\"key\":\"" + "k".repeat(128) + "\"},{\"count\":3},{\"key\":\"timed\",\"dur\":-5},"
                + "{\"key\":\"counted\",\"count\":\"many\"},{\"key\":\"summed\",\"sum\":\"lots\"},"
                + "{\"key\":\"segmented\",\"segmentation\":\"a=b\"},\"no event\",{\"key\":\"ok\",\"count\":2}]";
        assertAll(
                () -> assertReply(200, SUCCESS, sdk.postForm(I, params("app_key", g.key(), "device_id", "many-1",
                        "begin_session", "1", "events", tenThousand, "timestamp", Long.toString(T))), "10 000 events"),
                () -> assertReply(200, SUCCESS, sdk.postForm(I, params("app_key", g.key(), "device_id", "bad-1",
                        "begin_session", "1", "events", bad, "timestamp", Long.toString(T))), "bad events among good ones"));
        assertEquals(expected(
                HOUR + " ok||", "c=3 s=0.0 dur=0.0",
                // the first 1 000 of 10 000: each of the ten keys 100 times
                HOUR + " many_0||", "c=100 s=0.0 dur=0.0", HOUR + " many_1||", "c=100 s=0.0 dur=0.0",
                HOUR + " many_2||", "c=100 s=0.0 dur=0.0", HOUR + " many_3||", "c=100 s=0.0 dur=0.0",
                HOUR + " many_4||", "c=100 s=0.0 dur=0.0", HOUR + " many_5||", "c=100 s=0.0 dur=0.0",
                HOUR + " many_6||", "c=100 s=0.0 dur=0.0", HOUR + " many_7||", "c=100 s=0.0 dur=0.0",
                HOUR + " many_8||", "c=100 s=0.0 dur=0.0", HOUR + " many_9||", "c=100 s=0.0 dur=0.0"),
                Rollups.events(g.id()));
        assertEquals(List.of("bad-1", "many-1"), Rollups.devices(g.id()), "the requests themselves were stored");
    }

    @Test
    void locationCoordinatesAreKeptOnTheDeviceAndAnEmptyLocationOptsOut() {
        Game g = game();
        accepted(g, "placed", T, "begin_session", "1", "location", "52.52,13.405", "ip_address", "8.8.8.8");
        accepted(g, "opted-out", T, "begin_session", "1", "location", "", "ip_address", "8.8.8.8");
        assertTrue(Rollups.properties(g.id(), "placed").contains("\"location\":[52.52,13.405]"),
                Rollups.properties(g.id(), "placed"));
        assertEquals(List.of(List.of("placed", "US"), List.of("opted-out", "Unknown")),
                Rollups.rows("SELECT device_id, COALESCE(country, 'null') FROM events_device WHERE game_id = ? ORDER BY device_id DESC",
                        g.id()), "coordinates are kept and the address still names the country (no offline lookup by coordinates)");
    }

    @Test
    void geoIpLocatesTheClientAddressNotAForwardedForHeaderFromAnUntrustedPeer() {
        Game g = game();
        String query = encode(params("app_key", g.key(), "device_id", "forwarded", "begin_session", "1",
                "timestamp", Long.toString(T)));
        // the test's requests come from loopback, which is no trusted proxy (none are by default)
        assertReply(200, SUCCESS, sdk().send("GET", I + "?" + query, "X-Forwarded-For", "8.8.8.8"));
        accepted(g, "sent-address", T, "begin_session", "1", "ip_address", "8.8.8.8");
        assertEquals(List.of(List.of("sent-address", "US"), List.of("forwarded", "Unknown")),
                Rollups.rows("SELECT device_id, COALESCE(country, 'null') FROM events_device WHERE game_id = ? ORDER BY device_id DESC",
                        g.id()), "the loopback peer is not located (Unknown, as Countly names it); the SDK's ip_address is");
    }

    @Test
    void twoHundredConcurrentBeginSessionsAreAllCommittedBeforeTheyAreAnswered() throws Exception {
        Game g = game();
        CountlySdk sdk = sdk();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<List<String>>> threads = new ArrayList<>();
        try {
            for (int t = 0; t < 20; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        HttpResponse<String> r = sdk.get(I, params("app_key", g.key(), "device_id", "load-" + thread + "-" + i,
                                "begin_session", "1", "metrics", "{\"_os\":\"Android\"}", "timestamp", Long.toString(T)));
                        answers.add(r.statusCode() + " " + r.body());
                    }
                    return answers;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> f : threads) {
                f.get(5, TimeUnit.MINUTES).stream().filter(a -> !a.equals("200 " + SUCCESS)).forEach(failures::add);
            }
            assertEquals(List.of(), failures, "every request answered Success");
        } finally {
            pool.shutdownNow();
        }
        // read at once: a Success is only given after the commit
        assertEquals("t=200 n=200 d=0 e=200 u=200/200/200/200/200", Rollups.total(g.id(), HOUR));
        assertEquals("t=200 n=200 d=0 e=0 u=200/200/200/200/200", Rollups.sessions(g.id(), HOUR).get("os|Android"));
        assertEquals(200, Rollups.devices(g.id()).size());
    }

    @Test
    void devicesSeenFeedTheGameAnalyticsMetricsOfTheOrganizationsModule() {
        Game g = game();
        long now = Instant.now().getEpochSecond();
        accepted(g, "active-today", now, "begin_session", "1");
        accepted(g, "active-last-week", now - 3 * 86_400L, "begin_session", "1");
        HttpResponse<String> r = client().get("/api/organizations/games/" + g.id(),
                "Authorization", PortalClient.basic(owner, Fixtures.PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject metrics = PortalClient.json(r).getJsonObject("data").getJsonObject("metrics");
        // the events module provides the kernel's GameActivity: devices by their latest request
        assertEquals(1, metrics.getInt("DAU"), metrics.toString());
        assertEquals(2, metrics.getInt("WAU"), metrics.toString());
        assertEquals(2, metrics.getInt("MAU"), metrics.toString());
    }

    // ---------------------------------------------------------------- helpers

    private CountlySdk sdkOfThisTest;

    /** The test's SDK: one HTTP client for all its requests. */
    private CountlySdk sdk() {
        if (sdkOfThisTest == null) {
            sdkOfThisTest = new CountlySdk(URI.create(base.toString()));
        }
        return sdkOfThisTest;
    }

    /** A fresh game made through the organizations API, as its owner would. */
    private Game game() {
        HttpResponse<String> r = client().postJson("/api/organizations/games", "{\"studio_id\":" + studio + ",\"title\":\""
                + Fixtures.unique("Countly app") + "\",\"sdk_used\":\"javascript\",\"platform\":\"browser\"}",
                "Authorization", PortalClient.basic(owner, Fixtures.PASSWORD));
        assertEquals(201, r.statusCode(), r.body());
        JsonObject game = PortalClient.json(r).getJsonObject("data");
        return new Game(game.getJsonNumber("id").longValue(), game.getString("key"), game.getString("secret_key"));
    }

    /**
     * A GET from {@code device} of game {@code g} at {@code timestamp} with more parameters (name,
     * value pairs), answered exactly {@code {"result":"Success"}}.
     */
    private void accepted(Game g, String device, long timestamp, String... more) {
        Map<String, String> request = params("app_key", g.key(), "device_id", device);
        request.putAll(params(more));
        request.put("timestamp", Long.toString(timestamp));
        assertReply(200, SUCCESS, sdk().get(I, request));
    }

    private static String invalid(String parameter) {
        return "{\"result\":\"Invalid parameter \\\"" + parameter + "\\\"\"}";
    }

    /** Expected rows as key, value pairs, in the order {@link Rollups} lists them. */
    private static Map<String, String> expected(String... keyValue) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i + 1 < keyValue.length; i += 2) {
            out.put(keyValue[i], keyValue[i + 1]);
        }
        return out;
    }

    private static void assertReply(int status, String body, HttpResponse<String> r) {
        assertReply(status, body, r, "");
    }

    /** Status and body together, so that a mismatch shows both. */
    private static void assertReply(int status, String body, HttpResponse<String> r, String what) {
        String request = r.request().method() + " " + r.uri().getRawPath();
        assertEquals(status + " " + body, r.statusCode() + " " + r.body(), (what.isEmpty() ? "" : what + ": ") + request);
    }

    /** Adds a check that {@code send} answers the same (status, type, CORS and CSP headers, body) on both paths. */
    private static void sameAnswer(List<Executable> checks, String what, Function<String, HttpResponse<String>> send,
                                   String apiPath, String rootPath) {
        HttpResponse<String> api = send.apply(apiPath);
        HttpResponse<String> root = send.apply(rootPath);
        checks.add(() -> assertEquals(describe(api), describe(root), what + ": " + rootPath + " as " + apiPath));
    }

    /** Which side a device was sent from: the API path or the root path. */
    private static String side(String path) {
        return path.startsWith("/api/") ? "api" : "root";
    }

    private static String describe(HttpResponse<String> r) {
        // "a; charset=b" and "a;charset=b" are one media type
        return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("(no type)").replace("; ", ";") + " ACAO="
                + r.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)") + " CSP="
                + r.headers().firstValue("Content-Security-Policy").isPresent() + " " + r.body();
    }
}
