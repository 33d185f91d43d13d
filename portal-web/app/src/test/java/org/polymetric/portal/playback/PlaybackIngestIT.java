package org.polymetric.portal.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalDeployment;
import org.polymetric.portal.TestDatabase;

/**
 * {@code POST /api/ingest/playback} through the real server, with a probe observer of
 * {@code Ingested<Beacon>} in the WAR: 204 only after the probe's rows are committed, enriched as
 * the request says (trusted proxy, user agent) unless the beacon says otherwise; every refusal a
 * 4xx that stores nothing and answers fast; CORS for players on any origin.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class PlaybackIngestIT {
    private static final String PATH = "/api/ingest/playback";
    private static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static String live;
    private static String paused;
    private static String archived;
    private static long liveId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // named module-*: payara-web.xml scans only the kernel's and the modules' jars for beans
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "module-beacon-probe.jar")
                .addClasses(BeaconProbe.class)
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                        + "bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        return PortalDeployment.war().addAsLibrary(probe);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void fixtures() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute(BeaconProbe.TABLE);
        }
        long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("beacons")), "Players");
        liveId = Fixtures.game(studio, "Live");
        long pausedId = Fixtures.game(studio, "Paused");
        long archivedId = Fixtures.game(studio, "Archived");
        Fixtures.execute("UPDATE game SET paused = TRUE WHERE id = ?", pausedId);
        Fixtures.execute("UPDATE game SET is_archived = TRUE, archived_at = NOW(3) WHERE id = ?", archivedId);
        live = Fixtures.text("SELECT game_key FROM game WHERE id = ?", liveId);
        paused = Fixtures.text("SELECT game_key FROM game WHERE id = ?", pausedId);
        archived = Fixtures.text("SELECT game_key FROM game WHERE id = ?", archivedId);
    }

    /** A valid beacon of {@code key} from device {@code device}, ending now; {@code extra} adds fields. */
    private static String beacon(String key, String device, String extra) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"session_id\": \"s-1\", \"timestamp\": "
                + System.currentTimeMillis() + ", \"interval_ms\": 10000, \"channel_id\": \"news\", \"stream_id\": \"0x78e31cc7\","
                + " \"cdn_bytes\": 1200000, \"p2p_bytes\": 3400000, \"played_ms\": 10000, \"buffer_health_ms\": 12000,"
                + " \"response_time_ms\": {\"cdn\": 80, \"p2p\": 35}" + extra + "}";
    }

    private static String device() {
        return "dev-" + UUID.randomUUID();
    }

    private static long stored(String device) {
        return Fixtures.count("SELECT COUNT(*) FROM probe_beacon WHERE device_id = ?", device);
    }

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    /** Through 127.0.0.1, the proxy the ITs' server trusts (POLYMETRIC_TRUSTED_PROXIES). */
    private PortalClient viaProxy() {
        return new PortalClient(URI.create("http://127.0.0.1:" + base.getPort() + "/"));
    }

    private static HttpResponse<String> post(PortalClient c, String body, String... headers) {
        return c.postBytes(PATH, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String error, Integer index) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject json = PortalClient.json(answer);
        assertEquals(error, json.getString("error"));
        if (index == null) {
            assertFalse(json.containsKey("index"), answer.body());
        } else {
            assertEquals(index.intValue(), json.getInt("index"), answer.body());
        }
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    private void stillAnswers() throws Exception {
        String d = device();
        assertEquals(204, post(client(), "[" + beacon(live, d, "") + "]").statusCode());
        assertEquals(1, stored(d));
    }

    @Test
    void beaconsAreCommittedBeforeThe204AndEnrichedFromTheRequest() throws Exception {
        String d = device();
        HttpResponse<String> answer = post(viaProxy(), "[" + beacon(live, d, "") + "]",
                "X-Forwarded-For", "8.8.8.8", "User-Agent", CHROME_ON_WINDOWS);
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        // read on another connection right after the answer: only committed rows are visible there
        assertEquals(1, stored(d));
        assertEquals("Chrome|Windows|Chrome|US|" + liveId + "|1200000|12000", Fixtures.text(
                "SELECT CONCAT_WS('|', browser, os, platform, country, game_id, cdn_bytes, buffer_health_ms) FROM probe_beacon WHERE device_id = ?", d));
    }

    @Test
    void aBeaconsOwnDescriptionWinsOverTheRequests() throws Exception {
        String own = device();
        String plain = device();
        HttpResponse<String> answer = post(viaProxy(), "[" + beacon(live, own, ", \"browser\": \"ExoPlayer\", \"os\": \"Android\","
                        + " \"platform\": \"ANDROID\", \"country_code\": \"fr\", \"city\": \"Lyon\", \"isp\": \"Orange\"") + ", "
                        + beacon(live, plain, ", \"os\": \"Linux\"") + "]",
                "X-Forwarded-For", "8.8.8.8", "User-Agent", CHROME_ON_WINDOWS);
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals("ExoPlayer|Android|ANDROID|FR|Lyon|Orange", Fixtures.text(
                "SELECT CONCAT_WS('|', browser, os, platform, country, city, isp) FROM probe_beacon WHERE device_id = ?", own));
        assertEquals("Chrome|Linux|Chrome|US", Fixtures.text(
                "SELECT CONCAT_WS('|', browser, os, platform, country) FROM probe_beacon WHERE device_id = ?", plain));
    }

    @Test
    void corsLetsPlayersOnAnyOriginPostWithoutCredentials() throws Exception {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(client().uri(PATH))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://player.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("POST, OPTIONS", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
        assertEquals("Content-Type", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Max-Age").isPresent());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        // a player may send text/plain to spare the preflight: the body is JSON all the same
        String d = device();
        HttpResponse<String> answer = client().postBytes(PATH, "text/plain",
                ("[" + beacon(live, d, "") + "]").getBytes(StandardCharsets.UTF_8), "Origin", "https://player.example");
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(1, stored(d));
    }

    @Test
    void theFirstBadBeaconIsRefusedByIndexAndNothingIsStored() throws Exception {
        long now = System.currentTimeMillis();
        String[][] cases = {
                {beacon(live, "%s", "").replace("\"device_id\": \"%s\", ", ""), "device_id is required"},
                {beacon(live, "%s", ", \"cdn_bytes\": \"12\"").replace("\"cdn_bytes\": 1200000, ", ""), "cdn_bytes must be an integer"},
                {beacon(live, "%s", "").replace("\"interval_ms\": 10000", "\"interval_ms\": 1e4"),
                        "interval_ms must be an integer from 0 to 9223372036854775807"},
                {beacon(live, "%s", "").replaceFirst("\"timestamp\": \\d+", "\"timestamp\": 9999999999999999999"),
                        "timestamp must be an integer from 0 to 9223372036854775807"},
                {beacon(live, "%s", "").replace("\"played_ms\": 10000", "\"played_ms\": -5"), "played_ms must not be negative"},
                {beacon(live, "%s", "").replace("\"interval_ms\": 10000", "\"interval_ms\": 500"), "interval_ms must be from 1000 to 300000"},
                {beacon(live, "%s", "").replaceFirst("\"timestamp\": \\d+", "\"timestamp\": " + (now - 49 * 3_600_000L)),
                        "timestamp is more than 48 h in the past"},
                {beacon(live, "%s", "").replaceFirst("\"timestamp\": \\d+", "\"timestamp\": " + (now + 3_600_000L)),
                        "timestamp is more than 10 min in the future"},
                {beacon(live, "%s", ", \"p2p_compatible\": \"yes\""), "p2p_compatible must be true or false"},
                {beacon("0".repeat(40), "%s", ""), "unknown app_key"},
                {beacon(paused, "%s", ""), "app is not accepting data"},
                {beacon(archived, "%s", ""), "app is not accepting data"},
        };
        for (String[] c : cases) {
            String good = device();
            String bad = device();
            String body = "[" + beacon(live, good, "") + ", " + c[0].replace("%s", bad) + ", " + beacon(live, device(), "") + "]";
            assertRefused(post(client(), body), 400, c[1], 1);
            assertEquals(0, stored(good), c[1] + ": the good beacon before it is not stored either");
            assertEquals(0, stored(bad), c[1]);
        }
        stillAnswers();
    }

    @Test
    void hostileBodiesAreRefusedFastAndStoreNothing() throws Exception {
        String d = device();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(beacon(live, d, ""));
        }
        String[][] cases = {
                {"[" + String.join(",", many) + "]", "a request carries at most 1000 beacons"},
                {"[" + beacon(live, d, "") + ",", "the body is not valid JSON"},
                {"{\"app_key\": \"" + live + "\"}", "the body must be a JSON array of beacons"},
                {"[".repeat(400_000), "a beacon must be a JSON object"},
                {"[" + beacon(live, d, ", \"extra\": " + "[".repeat(300_000) + "]".repeat(300_000)), "field extra nests deeper than 8 levels"},
                {"[" + beacon(live, d, "").replace("\"cdn_bytes\": 1200000", "\"cdn_bytes\": 1e999999999") + "]",
                        "cdn_bytes must be an integer from 0 to 10000000000000"},
                {"[" + beacon(live, d, "").replace("\"cdn_bytes\": 1200000", "\"cdn_bytes\": " + "9".repeat(500_000)) + "]",
                        "cdn_bytes must be an integer from 0 to 10000000000000"},
        };
        for (String[] c : cases) {
            long started = System.nanoTime();
            HttpResponse<String> answer = post(client(), c[0]);
            assertTrue(System.nanoTime() - started < 3_000_000_000L, c[1] + ": answered in under 3 s");
            assertEquals(400, answer.statusCode(), c[1] + ": " + answer.body());
            assertEquals(c[1], PortalClient.json(answer).getString("error"));
        }
        // over 1 MB, under the portal's global limit: this endpoint's own 413
        String big = "[" + beacon(live, d, ", \"pad\": \"" + "x".repeat(1024 * 1024) + "\"") + "]";
        long started = System.nanoTime();
        assertRefused(post(client(), big), 413, "Request is too large", null);
        assertTrue(System.nanoTime() - started < 3_000_000_000L);
        assertEquals(0, stored(d));
        stillAnswers();
    }

    /**
     * A sender that invents a user agent per request gets its first {@code 20} parsed (its burst),
     * then about 5 a second; the rest are stored as "Other", and no request waits on ua-parser.
     */
    @Test
    void inventedUserAgentsCannotBuyParsingTime() throws Exception {
        PortalClient c = viaProxy();
        List<String> devices = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 80; i++) {
            String d = device();
            devices.add(d);
            String agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0."
                    + (1000 + i) + "." + UUID.randomUUID().hashCode() + " Safari/537.36";
            HttpResponse<String> answer = post(c, "[" + beacon(live, d, "") + "]", "X-Forwarded-For", "203.0.113.77", "User-Agent", agent);
            assertEquals(204, answer.statusCode(), answer.body());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 30, "80 requests took " + seconds + " s");
        long parsed = Fixtures.count("SELECT COUNT(*) FROM probe_beacon WHERE browser = 'Chrome' AND device_id IN ('"
                + String.join("','", devices) + "')");
        long other = Fixtures.count("SELECT COUNT(*) FROM probe_beacon WHERE browser = 'Other' AND device_id IN ('"
                + String.join("','", devices) + "')");
        assertEquals(80, parsed + other, "every beacon was stored");
        assertTrue(parsed >= 20, "the burst was parsed: " + parsed);
        assertTrue(parsed <= 20 + Math.ceil(seconds * 5) + 1, parsed + " parsed in " + seconds + " s");
    }
}
