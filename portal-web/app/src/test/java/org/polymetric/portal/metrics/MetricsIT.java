package org.polymetric.portal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Admin;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TestDatabase;
import org.polymetric.portal.TokenMaker;

/**
 * {@code /metrics} through the real server: after known traffic the counters moved by at least
 * that much (the server may be shared with other classes, so values are compared before and
 * after), the queue, commit and JVM figures are there, the labels are bounded, and only portal
 * administrators or the metrics token read it.
 */
class MetricsIT extends PortalIT {
    /** The ITs' {@code POLYMETRIC_METRICS_TOKEN} (portal-web/app/pom.xml, payara.cmdOptions). */
    static final String METRICS_TOKEN = "it-metrics-token-0123456789abcdef0123456789";
    private static final Set<String> OWNERS = Set.of("organizations", "events", "counters", "streamstats", "export", "kernel");
    private static String key;
    private static long gameId;

    @BeforeAll
    static void game() {
        long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("metrics")), "Ops");
        gameId = Fixtures.game(studio, "Watched");
        key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", gameId);
    }

    private Scrape scrape() {
        HttpResponse<String> r = client().get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        return new Scrape(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String beacon(String device) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"session_id\": \"s-1\", \"timestamp\": "
                + System.currentTimeMillis() + ", \"interval_ms\": 10000, \"channel_id\": \"ops\", \"stream_id\": \"0x1\","
                + " \"cdn_bytes\": 1200000, \"p2p_bytes\": 3400000, \"played_ms\": 10000, \"buffer_health_ms\": 12000,"
                + " \"response_time_ms\": {\"cdn\": 80, \"p2p\": 35}}";
    }

    @Test
    void knownTrafficMovesTheCounters() {
        PortalClient c = client();
        String writer = TokenMaker.ofNewUser(c, "metrics-writer", "game", gameId, "admin");
        Scrape before = scrape();
        int k = 3;
        for (int i = 0; i < k; i++) {
            HttpResponse<String> r = c.get("/i?app_key=" + key + "&device_id=metrics-" + i
                    + "&events=" + enc("[{\"key\": \"level_up\", \"count\": 1}]"));
            assertEquals(200, r.statusCode(), r.body());
        }
        int n = 4;
        List<String> beacons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beacons.add(beacon("metrics-" + UUID.randomUUID()));
        }
        HttpResponse<String> b = c.postBytes("/api/ingest/playback", "application/json",
                ("[" + String.join(",", beacons) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, b.statusCode(), b.body());
        int m = 3;
        HttpResponse<String> written = c.postBytes("/api/counters/write", "text/plain", ("Rooms,appid=" + key + ",region=eu value=1\n"
                + "Ccu,appid=" + key + ",region=eu value=2\n" + "Messages,appid=" + key + ",region=eu value=3\n")
                .getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + writer);
        assertEquals(204, written.statusCode(), written.body());
        assertEquals(404, c.get("/api/export/no-such-endpoint").statusCode());
        HttpResponse<String> missing = c.get("/i?device_id=metrics-x");
        assertEquals(400, missing.statusCode(), missing.body());

        Scrape after = scrape();
        assertAtLeast(k, before, after, "polymetric_ingest_requests_total", "ingest=events");
        assertAtLeast(k, before, after, "polymetric_ingest_items_total", "ingest=events");
        assertAtLeast(1, before, after, "polymetric_ingest_requests_total", "ingest=playback");
        assertAtLeast(n, before, after, "polymetric_ingest_items_total", "ingest=playback");
        assertAtLeast(1, before, after, "polymetric_ingest_requests_total", "ingest=counters");
        assertAtLeast(m, before, after, "polymetric_ingest_items_total", "ingest=counters");
        assertAtLeast(1, before, after, "polymetric_answers_total", "module=counters", "status=2xx");
        assertAtLeast(k, before, after, "polymetric_answers_total", "module=events", "status=2xx");
        assertAtLeast(1, before, after, "polymetric_answers_total", "module=events", "status=4xx");
        assertAtLeast(1, before, after, "polymetric_answers_total", "module=export", "status=4xx");
        assertAtLeast(1, before, after, "polymetric_answers_total", "module=kernel", "status=2xx");
        assertAtLeast(1, before, after, "polymetric_commit_seconds_count", "queue=events");
        assertAtLeast(1, before, after, "polymetric_commit_seconds_count", "queue=playback");
        assertEquals(0, after.count("polymetric_answers_total", "module=export", "status=5xx")
                - before.count("polymetric_answers_total", "module=export", "status=5xx"));
    }

    private static void assertAtLeast(double delta, Scrape before, Scrape after, String name, String... labels) {
        double moved = after.value(name, labels).orElseThrow(() -> new AssertionError(name + " " + List.of(labels) + " is missing"))
                - before.count(name, labels);
        assertTrue(moved >= delta, name + " " + List.of(labels) + " moved by " + moved + ", expected at least " + delta);
    }

    @Test
    void queuesJvmAndLabelsAreThere() {
        // the queues open with their beans: make sure both were used
        assertEquals(204, client().postBytes("/api/ingest/playback", "application/json",
                ("[" + beacon("metrics-q") + "]").getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(200, client().get("/i?app_key=" + key + "&device_id=metrics-q&begin_session=1").statusCode());
        Scrape s = scrape();
        for (String queue : List.of("events", "playback")) {
            assertTrue(s.value("polymetric_queue_waiting", "queue=" + queue).isPresent(), "waiting " + queue);
            assertTrue(s.value("polymetric_queue_waiting", "queue=" + queue).getAsDouble() >= 0);
            assertTrue(s.value("polymetric_ingest_refused_total", "queue=" + queue).isPresent(), "refused " + queue);
        }
        assertEquals(50_000, s.value("polymetric_queue_capacity", "queue=playback").orElseThrow());
        // Payara writes its base (JVM) registry once per metrics context: a sample may come twice
        for (String jvm : List.of("memory_usedHeap_bytes", "memory_maxHeap_bytes", "thread_count")) {
            assertFalse(s.named(jvm).isEmpty(), jvm + " is missing");
            s.named(jvm).forEach(sample -> assertTrue(sample.value() > 0, sample.toString()));
        }
        // bounded labels: module ids and status classes only, whatever paths were asked for
        assertEquals(404, client().get("/api/" + UUID.randomUUID() + "/x").statusCode());
        for (Scrape.Sample answer : scrape().named("polymetric_answers_total")) {
            assertTrue(OWNERS.contains(answer.label("module")), answer.toString());
            assertTrue(answer.label("status").matches("[1-5]xx"), answer.toString());
        }
    }

    @Test
    void onlyAdministratorsAndTheMetricsTokenReadIt() {
        PortalClient c = client();
        HttpResponse<String> anonymous = c.get("/metrics");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(PortalClient.json(anonymous).getString("error").contains("administrators"), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, c.get("/metrics/application").statusCode());
        assertEquals(401, c.get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN + "x").statusCode());

        String viewer = Fixtures.user("metrics-viewer");
        Fixtures.grant(viewer, "game", gameId, "owner");
        String basic = PortalClient.basic(viewer, Fixtures.PASSWORD);
        HttpResponse<String> notAdmin = c.get("/metrics", "Authorization", basic);
        assertEquals(403, notAdmin.statusCode(), notAdmin.body());
        JsonObject refusal = PortalClient.json(notAdmin);
        assertEquals("Metrics are for portal administrators", refusal.getString("error"));
        assertEquals(403, c.get("/metrics/base", "Authorization", basic).statusCode());
        assertNotEquals(200, c.get("/metrics;x=1", "Authorization", basic).statusCode());
        String token = TokenMaker.ofNewUser(client(), "metrics-token", "game", gameId, "owner");
        assertEquals(403, c.get("/metrics", "Authorization", "Bearer " + token).statusCode());
        PortalClient signedIn = client();
        signedIn.loginOrFail(viewer, Fixtures.PASSWORD);
        assertEquals(403, signedIn.get("/metrics").statusCode());

        HttpResponse<String> admin = c.get("/metrics", "Authorization", PortalClient.basic(Admin.EMAIL, Admin.PASSWORD));
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("polymetric_answers_total"), admin.body());
    }

    /**
     * The pool's figures move with held connections: counter writes behind MariaDB's global read
     * lock each hold a pooled connection while they wait on it (at most 3 s, the session's
     * {@code lock_wait_timeout}); a scrape then sees them in use, and once the lock is gone they
     * are handed back.
     */
    @Test
    void thePoolsFiguresMoveWithHeldConnections() throws Exception {
        String writer = TokenMaker.ofNewUser(client(), "metrics-pool", "game", gameId, "admin");
        Scrape idle = scrape();
        assertEquals(32, idle.value("polymetric_pool_max_size").orElseThrow(), "PortalDataSource's maxPoolSize");
        double inUseBefore = idle.value("polymetric_pool_connections_in_use").orElseThrow();
        assertTrue(idle.value("polymetric_pool_connections_free").orElseThrow() >= 0);
        assertTrue(idle.value("polymetric_pool_waiting").orElseThrow() >= 0);
        int held = 6;
        List<CompletableFuture<HttpResponse<String>>> writes = new ArrayList<>();
        double inUseHeld;
        try (Connection lock = TestDatabase.connect(); Statement s = lock.createStatement()) {
            s.execute("FLUSH TABLES WITH READ LOCK");
            try {
                long seconds = System.currentTimeMillis() / 1000 - 30;
                for (int i = 0; i < held; i++) {
                    byte[] line = ("Ccu,appid=" + key + ",region=eu value=" + i + " " + seconds).getBytes(StandardCharsets.UTF_8);
                    writes.add(CompletableFuture.supplyAsync(() -> client().postBytes("/api/counters/write?precision=s",
                            "text/plain", line, "Authorization", "Bearer " + writer)));
                }
                // every write has reached the lock once the database shows it waiting
                long deadline = System.currentTimeMillis() + 2_500;
                while (waitingOnTheLock(s) < held && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                inUseHeld = scrape().value("polymetric_pool_connections_in_use").orElseThrow();
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }
        assertTrue(inUseHeld >= held, "in use while " + held + " writes wait on the lock: " + inUseHeld);
        for (CompletableFuture<HttpResponse<String>> w : writes) {
            int status = w.get(30, TimeUnit.SECONDS).statusCode();
            assertTrue(status == 204 || status == 503, "a held write is stored or refused: " + status);
        }
        long deadline = System.currentTimeMillis() + 10_000;
        double inUse = inUseHeld;
        while (inUse >= inUseHeld && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            inUse = scrape().value("polymetric_pool_connections_in_use").orElseThrow();
        }
        assertTrue(inUse < inUseHeld, "handed back: " + inUse + " in use after " + inUseHeld + " (" + inUseBefore + " before)");
        Scrape after = scrape();
        assertTrue(after.value("polymetric_pool_connections_free").orElseThrow() >= 1, "the handed-back connections stay open");
    }

    /** Sessions of the portal's server waiting on the global read lock. */
    private static int waitingOnTheLock(Statement s) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE 'Waiting for global read lock%'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
