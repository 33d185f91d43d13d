package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The database fails the portal in the ways of issue 20, and the portal answers for it.
 *
 * <p>Database down: the database goes away under the running portal and comes back:
 * the test stops the MariaDB server itself, so every pooled connection dies and no new one can be
 * opened. Meanwhile every ingest path, API read (token, Countly key and browser session alike),
 * page and the readiness probe answer 503 within seconds, in the shape of the path's dialect, with
 * {@code Retry-After} on what clients retry; nothing answered 503 is stored. Once the server is
 * back the same portal, without a restart, takes data again, keeps what it acknowledged before,
 * serves the same signed-in session, and its background jobs catch up.
 *
 * <p>Overload: the test holds MariaDB's global read lock ({@code FLUSH TABLES WITH READ LOCK}),
 * so that every write waits, as commits do on a database overrun by a burst; readers go on. The
 * ingest queues then fill and refuse the rest at once, and requests that each hold a pooled
 * connection exhaust the pool, whose callers get 503 after its 2 s wait; when the lock goes,
 * everything queued commits and the portal answers as before.
 */
class DatabaseFaultsIT extends PortalIT {
    /** Generous: a dead database is refused at once, an exhausted pool waits 2 s; the old pool waited a minute. */
    private static final long FAST_MS = 3_000;
    /** A write behind a lock: 3 s per attempt, three attempts by Countly's writer, with room for a loaded machine. */
    private static final long LOCKED_MS = 15_000;
    private static final String[] PAGES = {"/", "/events", "/counters", "/streamstats", "/export", "/account"};
    /** Many requests at once, as a burst: HTTP/1.1 connections of their own. */
    private static final HttpClient ASYNC = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newCachedThreadPool()).build();

    @Test
    void everyPathAnswers503WhileTheDatabaseIsAwayAndTheSamePortalRecoversWhenItIsBack() throws Exception {
        Tenant t = tenant("Outage");
        long game = t.game();
        String key = t.key();
        String email = t.email();
        String token = t.token();
        PortalClient c = client();
        PortalClient browser = client();
        browser.loginOrFail(email, Fixtures.PASSWORD);
        PortalClient visitor = client();
        String loginCsrf = visitor.csrfFrom("/login");
        long now = System.currentTimeMillis() / 1000;

        // acknowledged before the outage: one of each ingest path
        countly(c, key, "before", 200);
        assertEquals(204, counters(c, token, key, 100, now - 300).statusCode());
        assertEquals(204, beacons(c, key, "before").statusCode());
        for (String page : PAGES) {
            assertEquals(200, browser.get(page).statusCode(), page + " answers before the outage");
        }
        Map<String, Supplier<HttpResponse<String>>> reads = reads(c, browser, token, key, game);
        for (var read : reads.entrySet()) {
            assertTrue(read.getValue().get().statusCode() < 500, read.getKey() + " answers before the outage");
        }

        TestDatabase.stop();
        try {
            unavailable("GET /i", () -> countly(c, key, "during", 503), DatabaseFaultsIT::countlyShape);
            unavailable("POST /i/bulk", () -> c.postForm("/i/bulk", Map.of("app_key", key, "requests",
                    "[{\"device_id\": \"during\", \"begin_session\": 1}]")), DatabaseFaultsIT::countlyShape);
            unavailable("POST /api/counters/write", () -> counters(c, token, key, 900, now - 200), DatabaseFaultsIT::photonShape);
            unavailable("POST /api/ingest/playback", () -> beacons(c, key, "during"), DatabaseFaultsIT::errorShape);
            for (var read : reads.entrySet()) {
                unavailable(read.getKey(), read.getValue(), shapeOf(read.getKey()));
            }
            for (String page : PAGES) {
                unavailable("page " + page, () -> browser.get(page), DatabaseFaultsIT::themedPage);
            }
            unavailable("POST /login", () -> visitor.postForm("/login", Map.of("email", email, "password", Fixtures.PASSWORD,
                    "_csrf", loginCsrf)), DatabaseFaultsIT::themedPage);
            long started = System.nanoTime();
            HttpResponse<String> health = c.get("/health/ready");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("DOWN"), health.body());
            fast("/health/ready", started);
        } finally {
            TestDatabase.start();
        }

        awaitReady(c);
        // the same portal, no restart: ingest is taken again and nothing acknowledged is missing
        countly(c, key, "after", 200);
        assertEquals(204, counters(c, token, key, 200, now - 120).statusCode());
        assertEquals(204, beacons(c, key, "after").statusCode());
        assertEquals(List.of("after", "before"), devices("SELECT device_id FROM events_device WHERE game_id = ? ORDER BY device_id", game),
                "Countly: both acknowledged devices, not the refused one");
        assertEquals(List.of("after", "before"), devices("SELECT DISTINCT device_id FROM streamstats_device_hour WHERE game_id = ? "
                + "ORDER BY device_id", game), "beacons: both acknowledged devices, not the refused one");
        HttpResponse<String> average = c.get("/api/counters/data/app/" + key + "/eu/TrafficMultiplayer", bearer(token));
        assertEquals(200, average.statusCode(), average.body());
        assertEquals("150", average.body(), "the average of the samples before and after the outage, not the refused one");
        // background jobs run on: the counters' rollup journal (written by the write above) is applied again
        awaitEmpty("SELECT COUNT(*) FROM counters_rollup_journal");
        for (String page : PAGES) {
            HttpResponse<String> r = browser.get(page);
            assertEquals(200, r.statusCode(), page + ", same session, after the outage: " + r.body());
        }
        for (var read : reads.entrySet()) {
            int status = read.getValue().get().statusCode();
            assertTrue(status < 500, read.getKey() + " after the outage: " + status);
        }
    }

    @Test
    void aSilentDatabaseIs503InSecondsAndTheSamePortalServesWhenItAnswersAgain() throws Exception {
        Tenant t = tenant("Silent");
        PortalClient c = client();
        long now = System.currentTimeMillis() / 1000;
        countly(c, t.key(), "before", 200);
        assertEquals(204, counters(c, t.token(), t.key(), 100, now - 300).statusCode());
        awaitReady(c);
        // stopped, mariadbd keeps every connection open and answers none: before the bounds, the
        // probe gave no answer and requests waited as long as the database stayed silent
        TestDatabase.signal("STOP");
        try {
            // each answer is fast; an UP checked less than 0.5 s before the stop may be answered once more
            long stopped = System.nanoTime();
            HttpResponse<String> health;
            do {
                long started = System.nanoTime();
                health = c.get("/health/ready");
                fast("/health/ready on a silent database", started);
            } while (health.statusCode() == 200 && System.nanoTime() - stopped < 2 * FAST_MS * 1_000_000);
            System.out.println("silent database: /health/ready DOWN " + (System.nanoTime() - stopped) / 1_000_000 + " ms after the stop");
            fast("/health/ready says DOWN", stopped);
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("DOWN"), health.body());
            silent("GET /i", () -> countly(c, t.key(), "silent", 503), DatabaseFaultsIT::countlyShape);
            silent("POST /api/counters/write", () -> counters(c, t.token(), t.key(), 900, now - 200), DatabaseFaultsIT::photonShape);
            silent("Photon GET /api/counters/data", () -> c.get("/api/counters/data/app/" + t.key() + "/eu/TrafficMultiplayer",
                    bearer(t.token())), DatabaseFaultsIT::photonShape);
            long started = System.nanoTime();
            assertEquals(503, c.get("/health/ready").statusCode(), "still DOWN while silent");
            fast("/health/ready, asked again", started);
        } finally {
            TestDatabase.signal("CONT");
        }
        awaitReady(c);
        // the same portal, no restart
        countly(c, t.key(), "after", 200);
        assertEquals(204, counters(c, t.token(), t.key(), 200, now - 120).statusCode());
        HttpResponse<String> read = c.get("/api/counters/data/app/" + t.key() + "/eu/TrafficMultiplayer", bearer(t.token()));
        assertEquals(200, read.statusCode(), read.body());
    }

    /**
     * Without anyone asking {@code /health/ready}: the first request to meet a silent database waits
     * out the connection's bounds (some 9 s) and is answered 503; it makes the next ones ask the
     * readiness check first, so they are answered 503 within its bound, in their dialects' shapes.
     */
    @Test
    void withoutAProbeTheFirstRequestToMeetASilentDatabaseWarnsTheNextOnes() throws Exception {
        Tenant t = tenant("Unprobed");
        PortalClient c = client();
        long now = System.currentTimeMillis() / 1000;
        countly(c, t.key(), "before", 200);
        awaitReady(c);
        TestDatabase.signal("STOP");
        try {
            long started = System.nanoTime();
            HttpResponse<String> first = c.get("/i?app_key=" + t.key() + "&device_id=first&begin_session=1");
            System.out.println("silent database, no probe: the first GET /i answered " + first.statusCode() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            assertEquals(503, first.statusCode(), first.body());
            silent("the next GET /i", () -> countly(c, t.key(), "next", 503), DatabaseFaultsIT::countlyShape);
            silent("the next POST /api/counters/write", () -> counters(c, t.token(), t.key(), 900, now - 200),
                    DatabaseFaultsIT::photonShape);
        } finally {
            TestDatabase.signal("CONT");
        }
        awaitReady(c);
        countly(c, t.key(), "after", 200);
    }

    @Test
    void withoutAProbeOrARequestThePortalSeesASilentDatabaseAndTheFirstRequestAfterIsFast() throws Exception {
        Tenant t = tenant("Watched");
        PortalClient c = client();
        countly(c, t.key(), "before", 200);
        awaitReady(c);
        TestDatabase.signal("STOP");
        try {
            // the portal's own watch looks every second and gives up on a look after 1.5 s
            Thread.sleep(4_000);
            silent("the first GET /i after the silence began", () -> countly(c, t.key(), "first", 503),
                    DatabaseFaultsIT::countlyShape);
        } finally {
            TestDatabase.signal("CONT");
        }
        awaitReady(c);
        countly(c, t.key(), "after", 200);
    }

    @Test
    void aWriteWaitingOnAGlobalReadLockIs503WhileTheLockIsStillHeldAndNothingOfItIsStored() throws Exception {
        Tenant t = tenant("Locked");
        PortalClient c = client();
        countly(c, t.key(), "warm", 200);
        try (Connection lock = TestDatabase.connect(); Statement s = lock.createStatement()) {
            s.execute("FLUSH TABLES WITH READ LOCK");
            try {
                // MariaDB's own lock_wait_timeout is a day: the write waited for as long as the lock was held
                long started = System.nanoTime();
                HttpResponse<String> r = countly(c, t.key(), "locked", 503);
                long ms = (System.nanoTime() - started) / 1_000_000;
                System.out.println("global read lock: GET /i answered 503 in " + ms + " ms");
                assertTrue(ms < LOCKED_MS, "answered in " + ms + " ms");
                assertTrue(r.headers().firstValue("Retry-After").isPresent(), r.headers().map().toString());
                countlyShape(r);
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }
        countly(c, t.key(), "after", 200);
        assertEquals(List.of("after", "warm"), devices("SELECT device_id FROM events_device WHERE game_id = ? ORDER BY device_id",
                t.game()), "the refused write left nothing");
    }

    @Test
    void writesThatCannotCommitFillThePlaybackQueueAndWhatComesBeyondItIs503AtOnce() throws Exception {
        long game = Fixtures.game(Fixtures.studio(Fixtures.organization(Fixtures.unique("Burst")), "Ops"), "Burst game");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        PortalClient c = client();
        assertEquals(204, beacons(c, key, "warm").statusCode());
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        HttpResponse<String> refused;
        long refusedMs;
        try (Connection lock = TestDatabase.connect(); Statement s = lock.createStatement()) {
            s.execute("FLUSH TABLES WITH READ LOCK");
            try {
                // the writer takes the first request and waits on the lock; the queue holds 50 000 beacons, 50 such requests,
                // sent well within the 3 s a write waits on a lock before it gives up
                for (int i = 0; i < 80 && (refused = refusal(sent)) == null; i++) {
                    sent.add(sendAsync(c, "/api/ingest/playback", burst(key, "q-" + i)));
                    Thread.sleep(20);
                }
                long deadline = System.currentTimeMillis() + 10_000;
                while ((refused = refusal(sent)) == null && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertNotNull(refused, "a request beyond the queue's capacity is refused while the writer cannot commit");
                refusedMs = System.currentTimeMillis();
                assertTrue(sent.size() > 50, "the queue took 50 000 beacons first: " + sent.size() + " requests sent");
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().map().toString());
        errorShape(refused);
        List<String> accepted = new ArrayList<>();
        List<String> refusedDevices = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            HttpResponse<String> r = sent.get(i).get(60, TimeUnit.SECONDS);
            assertTrue(r.statusCode() == 204 || r.statusCode() == 503, "q-" + i + ": " + r.statusCode() + " " + r.body());
            (r.statusCode() == 204 ? accepted : refusedDevices).add("q-" + i);
        }
        assertTrue(accepted.size() >= 50, "what was queued commits once the lock is gone: " + accepted.size());
        assertTrue(System.currentTimeMillis() - refusedMs < 60_000);
        List<String> stored = devices("SELECT DISTINCT device_id FROM streamstats_device_hour WHERE game_id = ? "
                + "AND device_id LIKE 'q-%'", game);
        assertEquals(accepted.stream().sorted().toList(), stored, "every acknowledged request is stored, no refused one");
        assertEquals(204, beacons(c, key, "after").statusCode(), "a normal request is served again");
    }

    @Test
    void requestsHoldingEveryPooledConnectionMakeTheNextOne503InSecondsNotAMinute() throws Exception {
        Tenant t = tenant("Pool");
        String key = t.key();
        String token = t.token();
        PortalClient c = client();
        long now = System.currentTimeMillis() / 1000;
        assertEquals(204, counters(c, token, key, 1, now - 60).statusCode());
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        HttpResponse<String> refused;
        try (Connection lock = TestDatabase.connect(); Statement s = lock.createStatement()) {
            s.execute("FLUSH TABLES WITH READ LOCK");
            try {
                // each write waits on the lock holding its connection; the pool has 32
                for (int i = 0; i < 64 && (refused = refusal(sent)) == null; i++) {
                    sent.add(sendAsync(c, "/api/counters/write?precision=s", ("Ccu,appid=" + key + ",region=eu value=" + i + " "
                            + (now - 30)).getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token));
                    Thread.sleep(40);
                }
                long deadline = System.currentTimeMillis() + 10_000;
                while ((refused = refusal(sent)) == null && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertNotNull(refused, "a write that finds no free connection within the pool's wait is refused");
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().map().toString());
        photonShape(refused);
        for (CompletableFuture<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertTrue(r.statusCode() == 204 || r.statusCode() == 503, r.statusCode() + " " + r.body());
        }
        long started = System.nanoTime();
        assertEquals(204, counters(c, token, key, 2, now - 20).statusCode(), "the pool serves again");
        fast("a write after the burst", started);
    }

    /** An organization with one game, owned by a new person who holds a token on the organization. */
    private record Tenant(long game, String key, String email, String token) {
    }

    private Tenant tenant(String name) {
        long org = Fixtures.organization(Fixtures.unique(name));
        long game = Fixtures.game(Fixtures.studio(org, "Ops"), name + " game");
        String email = Fixtures.user(name.toLowerCase());
        Fixtures.grant(email, "organization", org, "owner");
        return new Tenant(game, Fixtures.text("SELECT game_key FROM game WHERE id = ?", game), email,
                new TokenMaker(client(), email).token("organization", org, "owner"));
    }

    /** The first answered request, which while the writes wait can only be a refusal: 503 (and nothing else). */
    private static HttpResponse<String> refusal(List<CompletableFuture<HttpResponse<String>>> sent) throws Exception {
        for (CompletableFuture<HttpResponse<String>> f : sent) {
            if (f.isDone()) {
                HttpResponse<String> r = f.get();
                assertEquals(503, r.statusCode(), "answered while every write waits: " + r.body());
                return r;
            }
        }
        return null;
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(PortalClient c, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(c.uri(path)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return ASYNC.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** 1 000 beacons of one device: the largest request the playback path takes. */
    private static byte[] burst(String key, String device) {
        long now = System.currentTimeMillis();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"app_key\":\"").append(key).append("\",\"device_id\":\"").append(device)
                    .append("\",\"timestamp\":").append(now - i).append(",\"interval_ms\":10000,\"channel_id\":\"news\",")
                    .append("\"stream_id\":\"main\",\"cdn_bytes\":10,\"played_ms\":10}");
        }
        return body.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The API reads of every module, each with the credentials its clients use, in a fixed order. */
    private static Map<String, Supplier<HttpResponse<String>>> reads(PortalClient c, PortalClient browser, String token,
                                                                     String key, long game) {
        long toMs = System.currentTimeMillis();
        Map<String, Supplier<HttpResponse<String>>> reads = new LinkedHashMap<>();
        reads.put("Countly GET /o", () -> c.get("/o?api_key=" + token + "&app_id=" + game + "&method=sessions"));
        reads.put("Photon GET /api/counters/data", () -> c.get("/api/counters/data/app/" + key + "/eu/Ccu", bearer(token)));
        reads.put("Photon POST /api/counters/bulkdata", () -> c.postJson("/api/counters/bulkdata/app", "[]", bearer(token)));
        reads.put("Photon GET /api/counters/data (session)", () -> browser.get("/api/counters/data/app/" + key + "/eu/Ccu"));
        reads.put("System73 GET /api/streamstats/ping/db", () -> c.get("/api/streamstats/ping/db", "Authorization", token));
        reads.put("System73 GET /api/streamstats/summary", () -> c.get("/api/streamstats/summary?game_id=" + game,
                "Authorization", token));
        reads.put("Peer5 POST /api/export/v1/export", () -> c.postJson("/api/export/v1/export", "{\"game_id\": " + game
                + ", \"from\": " + (toMs - 3_600_000) + ", \"to\": " + toMs + ", \"interval\": \"1h\", \"metrics\": [\"http\"]}",
                "X-Auth-Token", token));
        reads.put("GameAnalytics GET /api/organizations/games", () -> c.get("/api/organizations/games", "x-api-key", token));
        reads.put("portal GET /api/tokens", () -> c.get("/api/tokens", bearer(token)));
        return reads;
    }

    private static Consumer<HttpResponse<String>> shapeOf(String read) {
        if (read.startsWith("Countly")) {
            return DatabaseFaultsIT::countlyShape;
        }
        if (read.startsWith("Photon") || read.startsWith("Peer5")) {
            return DatabaseFaultsIT::photonShape;
        }
        if (read.startsWith("GameAnalytics")) {
            return r -> assertTrue(PortalClient.json(r).containsKey("detail"), r.body());
        }
        return DatabaseFaultsIT::errorShape;
    }

    /**
     * On a silent database, once {@code /health/ready} has said DOWN: 503 in the dialect's shape within
     * {@value #FAST_MS} ms, as every request asks the readiness check (1.5 s at most) before it takes a
     * connection. Without that it waited for the pool's check of a connection (the socket's 5 s) and
     * new connections (2 s each), 9 s; before the socket's bound, as long as the database kept silent.
     */
    private static void silent(String what, Supplier<HttpResponse<String>> call, Consumer<HttpResponse<String>> shape) {
        long started = System.nanoTime();
        HttpResponse<String> r = call.get();
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("silent database: " + what + " answered " + r.statusCode() + " in " + ms + " ms");
        assertTrue(ms < FAST_MS, what + " answered in " + ms + " ms");
        assertEquals(503, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), what + " says when to retry: " + r.headers().map());
        shape.accept(r);
    }

    /** 503 with Retry-After, in the dialect's shape, fast. */
    private static void unavailable(String what, Supplier<HttpResponse<String>> call, Consumer<HttpResponse<String>> shape) {
        long started = System.nanoTime();
        HttpResponse<String> r = call.get();
        fast(what, started);
        assertEquals(503, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), what + " says when to retry: " + r.headers().map());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("at org."), what + ": no stack trace: " + r.body());
        shape.accept(r);
    }

    private static void fast(String what, long startedNanos) {
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        assertTrue(ms < FAST_MS, what + " answered in " + ms + " ms");
    }

    private static void countlyShape(HttpResponse<String> r) {
        JsonObject body = PortalClient.json(r);
        assertEquals(JsonValue.ValueType.STRING, body.get("result").getValueType(), r.body());
    }

    private static void photonShape(HttpResponse<String> r) {
        JsonObject body = PortalClient.json(r);
        assertEquals(true, body.getBoolean("error"), r.body());
        assertNotNull(body.getString("message"), r.body());
    }

    private static void errorShape(HttpResponse<String> r) {
        assertEquals(JsonValue.ValueType.STRING, PortalClient.json(r).get("error").getValueType(), r.body());
    }

    private static void themedPage(HttpResponse<String> r) {
        assertEquals("text/html", r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
        Document d = Jsoup.parse(r.body());
        assertNotNull(d.selectFirst("main.error-page"), "the theme's error page: " + r.body());
        assertEquals("503", d.selectFirst("main.error-page h1").text());
        assertTrue(d.selectFirst("main.error-page p.message").text().startsWith("Temporarily unavailable"), r.body());
    }

    private static HttpResponse<String> countly(PortalClient c, String key, String device, int expected) {
        HttpResponse<String> r = c.get("/i?app_key=" + key + "&device_id=" + device + "&begin_session=1");
        assertEquals(expected, r.statusCode(), device + ": " + r.body());
        return r;
    }

    private static HttpResponse<String> counters(PortalClient c, String token, String key, int value, long seconds) {
        return c.postBytes("/api/counters/write?precision=s", "text/plain; charset=utf-8",
                ("TrafficMultiplayer,appid=" + key + ",region=eu value=" + value + " " + seconds).getBytes(StandardCharsets.UTF_8),
                bearer(token));
    }

    private static HttpResponse<String> beacons(PortalClient c, String key, String device) {
        String beacon = "[{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": "
                + System.currentTimeMillis() + ", \"interval_ms\": 10000, \"channel_id\": \"news\", \"stream_id\": \"main\","
                + " \"cdn_bytes\": 1000, \"p2p_bytes\": 2000, \"played_ms\": 10000}]";
        return c.postBytes("/api/ingest/playback", "application/json", beacon.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    private static List<String> devices(String sql, long game) {
        String all = Fixtures.text("SELECT GROUP_CONCAT(device_id ORDER BY device_id) FROM (" + sql + ") d", game);
        return all == null ? List.of() : List.of(all.split(","));
    }

    /** The portal's readiness is UP again within a minute of the database's return, without a restart. */
    private static void awaitReady(PortalClient c) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline) {
            status = c.get("/health/ready").statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail("/health/ready is still " + status + " a minute after the database came back");
    }

    private static void awaitEmpty(String countSql) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (Fixtures.count(countSql) > 0) {
            if (System.currentTimeMillis() > deadline) {
                fail(countSql + " is not 0 after 30 s: the background job did not catch up");
            }
            Thread.sleep(100);
        }
    }
}
