package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polymetric.launcher.Migrations;

/**
 * Load shedding through the real launcher (its Payara settings) and a real MariaDB, with
 * {@code POLYMETRIC_API_CONCURRENCY=2} (all lanes: 4): requests are held inside the portal (their
 * headers sent, their bodies not yet) until the events lane, then the counters lane and with it all
 * lanes are full; then Countly's {@code /i}, Photon's write and the player beacons are refused with
 * 503, {@code Retry-After} and their dialect's error shape, and nothing of them is stored, while
 * another lane (before the total is reached), health, {@code /metrics} and the sign-in page still
 * answer. Once the held requests finish (and are stored), the same requests succeed again. No
 * timing: the test waits for the portal's own in-flight gauge to say the lanes are full.
 */
class LoadSheddingIT {
    static final Path HOME = Path.of("target", "shedding-it").toAbsolutePath();
    static final String ADMIN = "shedding@polymetric.local";
    static final String PASSWORD = "shedding-password-1";
    static final int LIMIT = 2;
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private int port;
    private String key;
    private String token;
    private long sampleAt;

    @Test
    void aFullLaneAnswers503InItsDialectsShapeAndStoresNothing() throws Exception {
        Migrations.deleteTree(HOME.resolve("data"));
        port = LauncherIT.freePort();
        Map<String, String> env = Map.of("POLYMETRIC_DATA_DIR", HOME.resolve("data").toString(),
                "POLYMETRIC_HTTP_PORT", Integer.toString(port), "POLYMETRIC_ADMIN_EMAIL", ADMIN,
                "POLYMETRIC_ADMIN_PASSWORD", PASSWORD, "POLYMETRIC_API_CONCURRENCY", Integer.toString(LIMIT));
        LauncherIT.Run run = LauncherIT.launch(HOME, "portal", env);
        base = "http://127.0.0.1:" + port;
        try {
            LauncherIT.awaitReady(run);
            setUp();
            sampleAt = Instant.now().getEpochSecond() - 3600;

            // below the limit every dialect is served
            assertServed("below-1");

            // the events lane full (2 of 2; all lanes 2 of 4): Countly is refused, another lane is served
            List<Held> held = new ArrayList<>();
            for (int i = 0; i < LIMIT; i++) {
                held.add(Held.open(port, "POST", "/i", "application/x-www-form-urlencoded", countlyForm("held-" + i)));
            }
            awaitBusy("events", LIMIT);
            assertShed(send(countlyGet("shed-1")), "{\"result\":");
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/api/organizations/studios"))
                    .header("Authorization", BASIC)).statusCode(), "a lane's flood leaves the others alone");

            // the counters lane full too, and with it all lanes (4 of 2 × 2): Photon is refused by its
            // lane, the beacons by the total; what people and probes use is in no lane
            for (int i = 0; i < LIMIT; i++) {
                held.add(Held.open(port, "POST", "/api/counters/write?precision=s", "text/plain", photonLine("eu"), "Bearer " + token));
            }
            awaitBusy("counters", LIMIT);
            assertShed(send(photonWrite("us")), "{\"error\":true");
            assertShed(send(beaconPost("Shed")), "{\"error\":\"");
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))).statusCode());
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/login"))).statusCode());
            String metrics = metrics();
            assertTrue(figure(metrics, "polymetric_shed_total", "events") >= 1, metrics);
            assertTrue(figure(metrics, "polymetric_shed_total", "counters") >= 1, metrics);
            assertTrue(figure(metrics, "polymetric_shed_total", "ingest") >= 1, metrics);

            for (Held h : held) {
                int status = h.finish();
                assertTrue(status == 200 || status == 204, h.path + " answered " + status);
            }
            awaitBusy("events", 0);
            awaitBusy("counters", 0);
            assertServed("below-2");

            int dbPort = LauncherIT.dbPort(run.output());
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/polymetric", "root", "")) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM events_device WHERE device_id = 'shed-1'"));
                assertEquals(LIMIT + 2, count(c, "SELECT COUNT(*) FROM events_device WHERE device_id LIKE 'held-%' OR device_id LIKE 'below-%'"));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM counters_series WHERE region = 'us'"));
                assertEquals(1, count(c, "SELECT COUNT(*) FROM counters_series WHERE region = 'eu'"));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM export_value WHERE value = 'Shed'"));
                assertEquals(1, count(c, "SELECT COUNT(*) FROM export_value WHERE value = 'Served'"));
            }
        } finally {
            run.process().destroy();
            run.process().waitFor(90, TimeUnit.SECONDS);
        }
    }

    private void assertServed(String device) throws Exception {
        HttpResponse<String> countly = send(countlyGet(device));
        assertEquals(200, countly.statusCode(), countly.body());
        HttpResponse<String> photon = send(photonWrite("eu"));
        assertEquals(204, photon.statusCode(), photon.body());
        HttpResponse<String> playback = send(beaconPost("Served"));
        assertEquals(204, playback.statusCode(), playback.body());
    }

    /** 503, Retry-After, the dialect's error shape ({@code shape}: how its body starts) with the shedder's words. */
    private static void assertShed(HttpResponse<String> r, String shape) {
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), r.headers().toString());
        assertTrue(r.body().startsWith(shape) && r.body().contains("The server is at capacity, try again later"), r.body());
    }

    /** Waits until the portal's gauge says {@code lane} has {@code busy} requests in flight. */
    private void awaitBusy(String lane, int busy) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = metrics();
            if (figure(metrics, "polymetric_lane_busy", lane) == busy) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("lane " + lane + " never had " + busy + " in flight:\n" + metrics);
    }

    private String metrics() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Authorization", BASIC));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static double figure(String metrics, String name, String lane) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*lane=\"" + lane + "\"[^}]*\\} ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void setUp() throws Exception {
        String studio = created(HttpRequest.newBuilder(URI.create(base + "/api/organizations/studios")), "{\"name\":\"Shedding\"}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(studio);
        assertTrue(id.find(), studio);
        String game = created(HttpRequest.newBuilder(URI.create(base + "/api/organizations/games")), "{\"studio_id\":" + id.group(1)
                + ",\"title\":\"Shedding\",\"sdk_used\":\"unity\",\"platform\":\"android\"}");
        Matcher k = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(game);
        assertTrue(k.find(), game);
        key = k.group(1);
        String t = created(HttpRequest.newBuilder(URI.create(base + "/api/tokens")),
                "{\"name\":\"shedding\",\"scope\":{\"organization_id\":1},\"level\":\"admin\"}");
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(t);
        assertTrue(m.find(), t);
        token = m.group(1);
    }

    private String created(HttpRequest.Builder request, String json) throws Exception {
        HttpResponse<String> r = send(request.header("Authorization", BASIC).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(201, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String countlyForm(String device) {
        return "app_key=" + key + "&device_id=" + device + "&begin_session=1";
    }

    private HttpRequest.Builder countlyGet(String device) {
        return HttpRequest.newBuilder(URI.create(base + "/i?" + countlyForm(device)));
    }

    private String photonLine(String region) {
        return "TrafficMultiplayer,appid=" + key + ",region=" + region + " value=5 " + sampleAt + "\n";
    }

    private HttpRequest.Builder photonWrite(String region) {
        return HttpRequest.newBuilder(URI.create(base + "/api/counters/write?precision=s")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(photonLine(region)));
    }

    /** One beacon whose browser names the phase, so the export module's values tell what was stored. */
    private String beacons(String browser) {
        long end = Instant.now().toEpochMilli() / 60_000 * 60_000 - 1;
        return "[{\"app_key\":\"" + key + "\",\"device_id\":\"shed-device\",\"channel_id\":\"shed-channel\",\"stream_id\":\"shed-stream\","
                + "\"timestamp\":" + end + ",\"interval_ms\":1000,\"cdn_bytes\":1000,\"played_ms\":1000,\"browser\":\""
                + URLEncoder.encode(browser, StandardCharsets.UTF_8) + "\",\"os\":\"Android\",\"platform\":\"Chrome\",\"country_code\":\"DE\"}]";
    }

    private HttpRequest.Builder beaconPost(String browser) {
        return HttpRequest.newBuilder(URI.create(base + "/api/ingest/playback")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(beacons(browser)));
    }

    /** A request whose headers are sent and whose body waits for {@link #finish()}: it holds its lane meanwhile. */
    static final class Held {
        final String path;
        final Socket socket;
        final byte[] body;

        private Held(String path, Socket socket, byte[] body) {
            this.path = path;
            this.socket = socket;
            this.body = body;
        }

        static Held open(int port, String method, String path, String type, String body, String... authorization) throws IOException {
            Socket s = new Socket("127.0.0.1", port);
            s.setSoTimeout(60_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                    .append("\r\nContent-Type: ").append(type).append("\r\nContent-Length: ").append(bytes.length).append("\r\n");
            for (String a : authorization) {
                head.append("Authorization: ").append(a).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new Held(path, s, bytes);
        }

        /** Sends the body; returns the answer's status. */
        int finish() throws IOException {
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write(body);
                out.flush();
                InputStream in = socket.getInputStream();
                StringBuilder line = new StringBuilder();
                for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                    line.append((char) c);
                }
                String[] parts = line.toString().split(" ");
                return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            }
        }
    }
}
