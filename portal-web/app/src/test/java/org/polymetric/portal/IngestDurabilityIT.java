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
 * (each batch commits whole or not at all).
 */
class IngestDurabilityIT {
    static final Path HOME = Path.of("target", "durability-it").toAbsolutePath();
    static final String ADMIN = "durable@polymetric.local";
    static final String PASSWORD = "durable-password-1";
    static final int WRITERS = 16;

    @Test
    void everyAcknowledgedWriteSurvivesAKilledServer() throws Exception {
        Migrations.deleteTree(HOME.resolve("data"));
        int port = LauncherIT.freePort();
        Map<String, String> env = Map.of("POLYMETRIC_DATA_DIR", HOME.resolve("data").toString(),
                "POLYMETRIC_HTTP_PORT", Integer.toString(port), "POLYMETRIC_ADMIN_EMAIL", ADMIN,
                "POLYMETRIC_ADMIN_PASSWORD", PASSWORD);
        LauncherIT.Run first = LauncherIT.launch(HOME, "first", env);
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String key;
        try {
            LauncherIT.awaitReady(first);
            key = newGame(http, base);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String device = "durable-" + writer + "-" + i;
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/i?app_key=" + key
                                    + "&device_id=" + device + "&begin_session=1&events=%5B%7B%22key%22%3A%22k%22%7D%5D"))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200 && r.body().equals("{\"result\":\"Success\"}")) {
                                acknowledged.add(device);
                            }
                        } catch (Exception e) {
                            return null; // the server is gone: what was not answered may be lost
                        }
                    }
                    return null;
                });
            }
            while (acknowledged.size() < 300) {
                Thread.sleep(50);
            }
            // SIGKILL to the server mid-ingest: no shutdown hook, no draining of the queue
            ProcessHandle payara = first.process().toHandle().descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).findFirst().orElseThrow();
            assertTrue(payara.destroyForcibly(), "SIGKILL sent");
            running.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(first.process().waitFor(90, TimeUnit.SECONDS), "the launcher stops when its server dies");
        } finally {
            first.process().destroy();
            first.process().waitFor(90, TimeUnit.SECONDS);
        }

        LauncherIT.Run second = LauncherIT.launch(HOME, "second", env);
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
