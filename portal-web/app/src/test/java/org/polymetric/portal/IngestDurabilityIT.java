package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polymetric.launcher.Migrations;
import org.junit.jupiter.api.Test;

/**
 * Countly's promise as Polymetric keeps it: a write answered {@code Success} is committed. SDKs
 * write through the real launcher while the server is killed with SIGKILL mid-ingest; after a
 * restart every acknowledged request is in the rollups, and the rollups agree with the devices
 * (each batch commits whole or not at all). And a stop under the same load drains: no 500, nothing
 * acknowledged lost.
 */
class IngestDurabilityIT {
    static final Path HOME = Path.of("target", "durability-it").toAbsolutePath();
    static final String ADMIN = "durable@polymetric.local";
    static final String PASSWORD = "durable-password-1";
    static final int WRITERS = 16;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKilledServer() throws Exception {
        Loaded first = underLoad(HOME.resolve("killed"));
        try {
            // SIGKILL to the server mid-ingest: no shutdown hook, no draining of the queue
            ProcessHandle payara = first.run().process().toHandle().descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).findFirst().orElseThrow();
            assertTrue(payara.destroyForcibly(), "SIGKILL sent");
            first.writers().stop();
            assertTrue(first.run().process().waitFor(90, TimeUnit.SECONDS), "the launcher stops when its server dies");
        } finally {
            first.stop();
        }
        assertStoredAfterARestart(first);
    }

    /**
     * A stop (SIGTERM to the launcher, as Ctrl-C, systemd or a container runtime stop it) under
     * the same load drains first: every request is answered 200 or 503 with {@code Retry-After}
     * (never 500), or finds the port closed; every acknowledged write is there after a restart;
     * and {@code /health/ready} said DOWN while the server drained. (And the first {@code /openapi},
     * which scans every module's resources, logs nothing SEVERE.)
     */
    @Test
    void aStopUnderLoadAnswersNo500AndLosesNothingAcknowledged() throws Exception {
        Loaded first = underLoad(HOME.resolve("stopped"));
        List<Integer> readiness = new ArrayList<>();
        try {
            // the first /openapi scans every module's resources: no SEVERE on the console for it
            HttpResponse<String> openApi = HTTP.send(HttpRequest.newBuilder(URI.create(first.base() + "/openapi"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, openApi.statusCode());
            for (String prefix : List.of("/api/organizations/", "/api/events/", "/api/counters/", "/api/streamstats/", "/api/export/")) {
                assertTrue(openApi.body().contains(prefix), "/openapi lists " + prefix);
            }
            first.run().process().destroy();
            // the probe a load balancer polls, until the server is gone
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    readiness.add(HTTP.send(HttpRequest.newBuilder(URI.create(first.base() + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (java.io.IOException e) {
                    break;
                }
                Thread.sleep(100);
            }
            first.writers().stop();
            assertTrue(first.run().process().waitFor(90, TimeUnit.SECONDS), "the launcher stops");
        } finally {
            first.stop();
        }
        System.out.println("[IngestDurabilityIT] answers during a drained stop: " + first.writers().statuses + "; readiness: " + readiness);
        assertEquals(Set.of(), first.writers().unexpected, "answers other than 200 Success and 503 with Retry-After");
        assertTrue(readiness.contains(503), "readiness said DOWN while draining: " + readiness);
        assertEquals(List.of(), first.run().output().lines().filter(l -> l.contains("SEVERE")).toList(), "nothing SEVERE, /openapi and the stop included");
        assertStoredAfterARestart(first);
    }

    /** A portal started on fresh data in {@code home}, with SDKs writing to it, 300 of their writes acknowledged. */
    private record Loaded(Path home, Map<String, String> env, LauncherIT.Run run, String base, String key, Writers writers) {
        void stop() throws InterruptedException {
            run.process().destroy();
            run.process().waitFor(90, TimeUnit.SECONDS);
        }
    }

    private static Loaded underLoad(Path home) throws Exception {
        Migrations.deleteTree(home.resolve("data"));
        int port = LauncherIT.freePort();
        Map<String, String> env = Map.of("POLYMETRIC_DATA_DIR", home.resolve("data").toString(),
                "POLYMETRIC_HTTP_PORT", Integer.toString(port), "POLYMETRIC_ADMIN_EMAIL", ADMIN,
                "POLYMETRIC_ADMIN_PASSWORD", PASSWORD);
        LauncherIT.Run run = LauncherIT.launch(home, "first", env);
        String base = "http://127.0.0.1:" + port;
        try {
            LauncherIT.awaitReady(run);
            String key = newGame(HTTP, base);
            Writers writers = Writers.start(base, key);
            writers.awaitAcknowledged(300);
            return new Loaded(home, env, run, base, key, writers);
        } catch (Exception | AssertionError e) {
            run.process().destroy();
            run.process().waitFor(90, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** SDKs sending Countly sessions, one device per request, until stopped or the server is gone. */
    private static final class Writers {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> statuses = new ConcurrentHashMap<>();
        /** Answers an SDK would take for a lost write: anything but 200 Success and 503 with Retry-After. */
        final Set<String> unexpected = ConcurrentHashMap.newKeySet();
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

        static Writers start(String base, String key) {
            Writers w = new Writers();
            for (int n = 0; n < WRITERS; n++) {
                int writer = n;
                w.pool.submit(() -> {
                    for (int i = 0; w.running.get(); i++) {
                        String device = "durable-" + writer + "-" + i;
                        try {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/i?app_key=" + key
                                    + "&device_id=" + device + "&begin_session=1&events=%5B%7B%22key%22%3A%22k%22%7D%5D"))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            w.statuses.merge(Integer.toString(r.statusCode()), 1, Integer::sum);
                            if (r.statusCode() == 200 && r.body().equals("{\"result\":\"Success\"}")) {
                                w.acknowledged.add(device);
                            } else if (r.statusCode() != 503 || r.headers().firstValue("Retry-After").isEmpty()) {
                                w.unexpected.add(r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            w.statuses.merge("no answer", 1, Integer::sum);
                            return null; // the server is gone: what was not answered may be lost
                        }
                    }
                    return null;
                });
            }
            return w;
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (acknowledged.size() < count) {
                assertTrue(System.nanoTime() < deadline, "acknowledged in 3 minutes: " + acknowledged.size() + "; " + statuses);
                Thread.sleep(50);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
    }

    /** Restarts on the same data: every acknowledged device is stored, and each batch was committed whole. */
    private static void assertStoredAfterARestart(Loaded first) throws Exception {
        String key = first.key();
        Set<String> acknowledged = first.writers().acknowledged;
        LauncherIT.Run second = LauncherIT.launch(first.home(), "second", first.env());
        try {
            LauncherIT.awaitReady(second);
            int dbPort = LauncherIT.dbPort(second.output());
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/polymetric", "root", "");
                 Statement s = c.createStatement()) {
                long game = single(s, "SELECT id FROM game WHERE game_key = '" + key + "'");
                Set<String> stored = new HashSet<>();
                try (ResultSet r = s.executeQuery("SELECT device_id FROM events_device WHERE game_id = " + game)) {
                    while (r.next()) {
                        stored.add(r.getString(1));
                    }
                }
                List<String> lost = new ArrayList<>(acknowledged);
                lost.removeAll(stored);
                System.out.println("[IngestDurabilityIT] acknowledged " + acknowledged.size() + ", stored " + stored.size());
                assertTrue(lost.isEmpty(), "acknowledged but lost: " + lost);
                assertTrue(acknowledged.size() >= 300);
                // a batch is committed whole: each stored device has its session, new user and event counted
                assertEquals(stored.size(), single(s, "SELECT COALESCE(SUM(t), 0) FROM events_session_hour WHERE game_id = "
                        + game + " AND dim = ''"));
                assertEquals(stored.size(), single(s, "SELECT COALESCE(SUM(n), 0) FROM events_session_hour WHERE game_id = "
                        + game + " AND dim = ''"));
                assertEquals(stored.size(), single(s, "SELECT COALESCE(SUM(c), 0) FROM events_event_hour WHERE game_id = "
                        + game + " AND seg = ''"));
            }
        } finally {
            second.process().destroy();
            second.process().waitFor(90, TimeUnit.SECONDS);
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A studio and a game through the GameAnalytics API; returns the game's key (Countly's app_key). */
    private static String newGame(HttpClient http, String base) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String studio = post(http, base + "/api/organizations/studios", auth, "{\"name\":\"Durable\"}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(studio);
        assertTrue(id.find(), studio);
        String game = post(http, base + "/api/organizations/games", auth, "{\"studio_id\":" + id.group(1)
                + ",\"title\":\"Durable\",\"sdk_used\":\"unity\",\"platform\":\"android\"}");
        Matcher key = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(game);
        assertTrue(key.find(), game);
        return key.group(1);
    }

    private static String post(HttpClient http, String url, String auth, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return r.body();
    }
}
