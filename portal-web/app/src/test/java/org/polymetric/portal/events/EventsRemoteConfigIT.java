package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.assertJson;
import static org.polymetric.portal.events.EventsFixtures.enc;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * Countly's remote config through the real server: {@code /o/sdk} called as the Web SDK
 * ({@code lib/countly.js}: a form POST of {@code method=rc}, {@code av}, {@code metrics}, the SDK's
 * name and version, with {@code checksum256} over the sorted parameters when the app has a salt)
 * and the Node SDK ({@code lib/countly.js}: a GET of {@code method=fetch_remote_config} with
 * {@code metrics}) call it, Countly's refusals, {@code method=sc}, the admins' page under
 * {@code /events/games/{id}/remote-config}, and the bounds against hostile input.
 */
class EventsRemoteConfigIT extends PortalIT {
    static final String WEB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36";
    static boolean seeded;
    static long game;
    static long signed;
    static long paused;
    static String signedSalt;
    static String owner;
    static String viewer;
    static String outsider;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Remote config"));
        long studio = Fixtures.studio(org, "Config studio");
        game = EventsFixtures.game(studio, "Config game", ISTANBUL);
        signed = EventsFixtures.game(studio, "Config signed", ISTANBUL);
        paused = EventsFixtures.game(studio, "Config paused", ISTANBUL);
        // before any request names their keys: the write API keeps what it knows of an app for 5 s
        Fixtures.execute("INSERT INTO events_app (game_id, checksum_required) VALUES (?, TRUE)", signed);
        Fixtures.execute("UPDATE game SET paused = 1 WHERE id = ?", paused);
        signedSalt = Fixtures.text("SELECT secret_key FROM game WHERE id = ?", signed);
        owner = EventsFixtures.person("rcowner", "organization", org, "owner");
        viewer = EventsFixtures.person("rcviewer", "game", game, "viewer");
        outsider = EventsFixtures.person("rcoutsider", "organization",
                Fixtures.organization(Fixtures.unique("Elsewhere")), "owner");

        PortalClient c = signedIn(owner);
        for (long g : List.of(game, signed, paused)) {
            assertEquals(303, save(c, g, "", "show_ads", "true", "platform", "is", "iOS", "false").statusCode());
            assertEquals(303, save(c, g, "", "theme", "{\"color\": \"blue\"}",
                    "app_version", "at_least", "2.0", "{\"color\": \"green\"}").statusCode());
            assertEquals(303, save(c, g, "", "limit", "10").statusCode());
        }
        seeded = true;
    }

    // ---------------------------------------------------------------- the SDKs' calls

    @Test
    void theWebSdkFetchesWithMethodRcAsAFormPost() {
        String key = EventsFixtures.appKey(game);
        for (String prefix : List.of("", "/api/events")) {
            HttpResponse<String> r = webSdk(prefix, key, "web-1", "rc", null, null, "2.1");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
            assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"green\"}, \"limit\": 10}", r.body());
            assertEquals(List.of("show_ads", "theme", "limit"), List.copyOf(PortalClient.json(r).keySet()), "creation order");
        }
        // the legacy call of the same SDK, with its filters
        assertJson("{\"theme\": {\"color\": \"blue\"}}",
                webSdk("", key, "web-1", "fetch_remote_config", "[\"theme\",\"limit\"]", "[\"limit\"]", "1.0").body());
        assertJson("{\"show_ads\": true}",
                webSdk("", key, "web-1", "rc", null, "[\"theme\",\"limit\",\"nope\"]", "1.0").body());
    }

    @Test
    void theNodeSdkFetchesWithFetchRemoteConfigAsAGet() {
        String key = EventsFixtures.appKey(game);
        HttpResponse<String> r = nodeSdk(key, "node-1", "iOS", "1.4", null);
        assertEquals(200, r.statusCode(), r.body());
        assertJson("{\"show_ads\": false, \"theme\": {\"color\": \"blue\"}, \"limit\": 10}", r.body());
        assertJson("{\"show_ads\": false, \"limit\": 10}", nodeSdk(key, "node-1", "ios", "1.4", "[\"show_ads\",\"limit\"]").body(),
                "platforms compare without regard to case");
    }

    @Test
    void conditionsUseWhatTheDeviceLastReportedWhenTheRequestDoesNotSayIt() {
        String key = EventsFixtures.appKey(game);
        long now = System.currentTimeMillis() / 1000;
        EventsFixtures.sdk(client(), key, "reported-1", now, "begin_session", "1",
                "metrics", EventsFixtures.metrics("iOS", "17.2", "iPhone15,2", "1170x2532", "Telekom", "2.5"));
        CountlySdk sdk = sdk();
        HttpResponse<String> r = sdk.get("/o/sdk", CountlySdk.params("method", "fetch_remote_config", "app_key", key,
                "device_id", "reported-1"));
        assertJson("{\"show_ads\": false, \"theme\": {\"color\": \"green\"}, \"limit\": 10}", r.body());
        // what the request says wins, fact by fact
        r = sdk.get("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", "reported-1",
                "metrics", "{\"_os\": \"Android\"}"));
        assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"green\"}, \"limit\": 10}", r.body());
        // a device never seen and no metrics: every key's default
        r = sdk.get("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", "never-seen"));
        assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"blue\"}, \"limit\": 10}", r.body());
    }

    @Test
    void methodScAnswersWhatCountlyAnswersWhenNothingIsConfigured() {
        String key = EventsFixtures.appKey(game);
        long before = System.currentTimeMillis();
        // the Web SDK's server_config call
        HttpResponse<String> r = sdk().postForm("/o/sdk", CountlySdk.params("app_key", key, "device_id", "web-sc",
                "sdk_version", "25.4.0", "sdk_name", "javascript_native_web", "t", "0", "timestamp", Long.toString(before),
                "hour", "10", "dow", "3", "av", "2.1", "method", "sc"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = PortalClient.json(r);
        assertEquals(2, o.getInt("v"), "current Countly's plugins/sdk answers v = 2");
        assertEquals(Json.createObjectBuilder().build(), o.getJsonObject("c"));
        long t = o.getJsonNumber("t").longValue();
        assertTrue(t >= before && t <= System.currentTimeMillis(), o.toString());
    }

    @Test
    void refusalsAreCountlys() {
        String key = EventsFixtures.appKey(game);
        CountlySdk sdk = sdk();
        assertResult(400, "Missing parameter \"app_key\" or \"device_id\"",
                sdk.get("/o/sdk", CountlySdk.params("method", "rc", "app_key", key)));
        assertResult(400, "Missing parameter \"app_key\" or \"device_id\"",
                sdk.get("/o/sdk", CountlySdk.params("method", "rc", "device_id", "d")));
        assertResult(200, "Ignoring device_id", sdk.get("/o/sdk", CountlySdk.params("method", "rc", "app_key", key,
                "device_id", "00000000-0000-0000-0000-000000000000")));
        assertResult(400, "App does not exist", sdk.get("/o/sdk", CountlySdk.params("method", "rc",
                "app_key", "0123456789abcdef0123456789abcdef01234567", "device_id", "d")));
        assertResult(400, "App does not exist", sdk.get("/o/sdk", CountlySdk.params("method", "rc",
                "app_key", "not-a-key", "device_id", "d")));
        assertResult(400, "Invalid method", sdk.get("/o/sdk", CountlySdk.params("method", "nonsense", "app_key", key,
                "device_id", "d")));
        assertResult(400, "Invalid method", sdk.get("/o/sdk", CountlySdk.params("app_key", key, "device_id", "d")));
        assertResult(400, "Invalid method", sdk.get("/api/events/o/sdk", CountlySdk.params("method", "ab", "app_key", key,
                "device_id", "d", "keys", "[\"show_ads\"]")));
        // as Countly: a paused game stops taking data, its apps still read their settings
        assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"blue\"}, \"limit\": 10}",
                sdk.get("/o/sdk", CountlySdk.params("method", "rc", "app_key", EventsFixtures.appKey(paused),
                        "device_id", "d")).body());
    }

    @Test
    void aGameThatRequiresChecksumsAnswersOnlySignedCalls() {
        String key = EventsFixtures.appKey(signed);
        HttpResponse<String> r = sdk().postForm("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", "s1"));
        assertResult(200, "Request does not have checksum", r);
        // the Web SDK with a salt: sorted parameters, checksum256 of them and the salt, uppercase
        r = webSdkSigned(key, "s1", signedSalt + "x");
        assertResult(200, "Request does not match checksum", r);
        r = webSdkSigned(key, "s1", signedSalt);
        assertEquals(200, r.statusCode(), r.body());
        assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"green\"}, \"limit\": 10}", r.body());
        // an unsigned filter in the query string is not read
        Map<String, String> params = webSdkParams(key, "s1", "rc", null, null, "2.1");
        String body = signedBody(params, signedSalt);
        r = sdk().postRaw("/o/sdk", "keys=" + enc("[\"limit\"]"), "application/x-www-form-urlencoded", body);
        assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"green\"}, \"limit\": 10}", r.body());
    }

    // ---------------------------------------------------------------- the page

    @Test
    void adminsAddChangeAndDeleteKeysAndSdksSeeItAtOnce() {
        PortalClient c = signedIn(owner);
        String key = EventsFixtures.appKey(game);
        Document setup = c.page("/events/games/" + game + "/setup");
        assertNotNull(setup.selectFirst("a.remote-config[href$=/events/games/" + game + "/remote-config]"), "linked from setup");

        HttpResponse<String> r = save(c, game, "", "welcome", "\"hello\"", "platform", "is", "Android", "\"hallo\"");
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/events/games/" + game + "/remote-config?notice=saved"));
        Document page = c.page("/events/games/" + game + "/remote-config?notice=saved");
        assertNotNull(page.selectFirst("p.notice"));
        assertTrue(page.select("table.keys code.key").eachText().contains("welcome"), page.select("table.keys").text());
        assertJson("{\"welcome\": \"hallo\"}", nodeSdk(key, "page-1", "Android", "1.0", "[\"welcome\"]").body());

        // the edit form is filled with the key as it is
        Document edit = c.page("/events/games/" + game + "/remote-config?edit=welcome");
        assertEquals("welcome", edit.selectFirst("form.parameter input[name=original]").val());
        assertEquals("\"hello\"", edit.selectFirst("form.parameter textarea[name=value]").text());
        assertEquals("Android", edit.selectFirst("form.parameter input[name=match]").val());

        r = save(c, game, "welcome", "greeting", "[1, 2]", "app_version", "below", "2", "[0]");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ? AND param_key = 'welcome'", game));
        assertJson("{\"greeting\": [0]}", nodeSdk(key, "page-1", "Android", "1.9", "[\"welcome\",\"greeting\"]").body());
        assertJson("{\"greeting\": [1, 2]}", nodeSdk(key, "page-1", "Android", "2.0", "[\"welcome\",\"greeting\"]").body());

        r = post(c, game, true, "action=delete&key=greeting");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ? AND param_key = 'greeting'", game));
        assertJson("{}", nodeSdk(key, "page-1", "Android", "2.0", "[\"greeting\"]").body());
    }

    @Test
    void badFormsComeBackWithWhatIsWrongAndChangeNothing() {
        PortalClient c = signedIn(owner);
        long before = Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ?", game);
        String stored = Fixtures.text("SELECT default_value FROM events_remote_config WHERE game_id = ? AND param_key = 'limit'", game);
        List<List<String>> bad = List.of(
                List.of("", "bad-key", "1"), List.of("", "1abc", "1"), List.of("", "a".repeat(129), "1"),
                List.of("", "fine", "tru"), List.of("", "fine", "1 2"), List.of("", "fine", ""),
                List.of("", "limit", "11"), List.of("limit", "show_ads", "11"), List.of("nope", "nope", "1"),
                List.of("", "fine", "\"" + "x".repeat(16_384) + "\""));
        for (List<String> form : bad) {
            HttpResponse<String> r = save(c, game, form.get(0), form.get(1), form.get(2));
            assertEquals(400, r.statusCode(), form.toString());
            Document d = Jsoup.parse(r.body());
            assertNotNull(d.selectFirst("p.error"), form + ": " + r.body());
        }
        HttpResponse<String> r = save(c, game, "", "fine", "1", "platform", "at_least", "iOS", "1");
        assertEquals(400, r.statusCode());
        // 20 conditions, two empty rows, one more: the last was cut off and the key saved without it
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.addAll(List.of("platform", "is", "p" + i, "1"));
        }
        rows.addAll(List.of("platform", "is", "", "", "platform", "is", "", "", "platform", "is", "last", "2"));
        r = save(c, game, "", "fine", "1", rows.toArray(String[]::new));
        assertEquals(400, r.statusCode());
        assertNotNull(Jsoup.parse(r.body()).selectFirst("p.error"), r.body());
        r = save(c, game, "", "fine", "1", "platform", "is", "iOS", "{oops");
        assertEquals(400, r.statusCode());
        assertEquals("{oops", Jsoup.parse(r.body()).select("form.parameter input[name=cvalue]").first().val(), "shown as typed");
        assertEquals(400, post(c, game, true, "action=delete&key=nope").statusCode());
        assertEquals(400, post(c, game, true, "action=delete&key=" + enc("ключ")).statusCode());
        assertEquals(400, post(c, game, true, "action=delete").statusCode());
        assertEquals(400, save(c, game, "ключ", "limit", "12").statusCode());
        assertEquals(400, save(c, game, "x".repeat(5000), "fine", "12").statusCode());
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ?", game));
        assertEquals(stored, Fixtures.text("SELECT default_value FROM events_remote_config WHERE game_id = ? AND param_key = 'limit'", game));
    }

    @Test
    void onlyAdminsWithTheCsrfTokenChangeKeys() {
        long before = Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ?", game);
        PortalClient admin = signedIn(owner);
        assertEquals(403, post(admin, game, false, "action=save&original=&key=nocsrf&value=1").statusCode(), "no CSRF token");
        assertEquals(403, post(admin, game, false, "action=delete&key=limit").statusCode(), "no CSRF token");

        PortalClient v = signedIn(viewer);
        assertEquals(403, v.get("/events/games/" + game + "/remote-config").statusCode());
        assertEquals(403, post(v, game, true, "action=save&original=&key=byviewer&value=1").statusCode());
        assertEquals(403, post(v, game, true, "action=delete&key=limit").statusCode());
        assertNull(v.page("/events/games/" + game + "/setup").selectFirst("a.remote-config"), "no link for viewers");

        PortalClient o = signedIn(outsider);
        assertEquals(404, o.get("/events/games/" + game + "/remote-config").statusCode());
        assertEquals(404, post(o, game, true, "action=delete&key=limit").statusCode());
        assertTrue(client().get("/events/games/" + game + "/remote-config").statusCode() != 200, "signed out: no page");
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ?", game));
    }

    // ---------------------------------------------------------------- hostile input

    @Test
    void hostileFiltersAndBodiesAreRefusedAtOnce() {
        String key = EventsFixtures.appKey(game);
        CountlySdk sdk = sdk();
        String many = "[" + String.join(",", Collections.nCopies(2001, "\"k\"")) + "]";
        long t0 = System.nanoTime();
        HttpResponse<String> r = sdk.postForm("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", "h",
                "keys", many));
        assertResult(400, "Invalid parameter \"keys\": at most 2000 keys", r);
        r = sdk.postForm("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", "h",
                "omit_keys", "[\"" + "k".repeat(70_000) + "\"]"));
        assertResult(400, "Invalid parameter \"omit_keys\": at most 65536 characters", r);
        r = sdk.postRaw("/o/sdk", null, "application/x-www-form-urlencoded", "method=rc&pad=" + "x".repeat(300 * 1024));
        assertEquals(413, r.statusCode(), r.body());
        // metrics nested past the parser's depth, and far too long: read as no metrics, as an unreadable one is
        for (int depth : List.of(4_000, 100_000)) {
            r = sdk.postRaw("/o/sdk", null, "application/x-www-form-urlencoded", "method=rc&app_key=" + key
                    + "&device_id=h&metrics=" + "[".repeat(depth) + "]".repeat(depth));
            assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(200, r.body().length())));
            assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"blue\"}, \"limit\": 10}", r.body());
        }
        // devices no table holds: the lookup of what they last reported finds nothing
        for (String device : List.of("ключ-😀", "d".repeat(300), "\u0000x")) {
            r = sdk.get("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", device));
            assertEquals(200, r.statusCode(), r.body());
            assertJson("{\"show_ads\": true, \"theme\": {\"color\": \"blue\"}, \"limit\": 10}", r.body());
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, "answered at once");
        assertJson("{\"limit\": 10}", nodeSdk(key, "h", "iOS", "1", "[\"limit\"]").body(), "the server still answers");
    }

    @Test
    void aGameHoldsAtMostTwoThousandKeysAndAFullOneAnswersFast() {
        long full = EventsFixtures.game(Fixtures.studio(Fixtures.organization(Fixtures.unique("Full config")), "S"), "Full", ISTANBUL);
        String fullOwner = EventsFixtures.person("rcfull", "game", full, "admin");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            values.append(i == 0 ? "" : ",").append("(").append(full).append(", 'key_").append(i).append("', '")
                    .append(i).append("', '[]')");
        }
        Fixtures.execute("INSERT INTO events_remote_config (game_id, param_key, default_value, conditions) VALUES " + values);
        PortalClient c = signedIn(fullOwner);
        HttpResponse<String> r = save(c, full, "", "one_more", "1");
        assertEquals(400, r.statusCode(), r.body());
        assertNotNull(Jsoup.parse(r.body()).selectFirst("p.error"));
        assertEquals(2000, Fixtures.count("SELECT COUNT(*) FROM events_remote_config WHERE game_id = ?", full));
        // changing a key of a full game is still allowed
        assertEquals(303, save(c, full, "key_7", "key_7", "\"seven\"").statusCode());

        String key = EventsFixtures.appKey(full);
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            r = sdk().get("/o/sdk", CountlySdk.params("method", "rc", "app_key", key, "device_id", "f" + i));
            assertEquals(200, r.statusCode());
            assertEquals(2000, PortalClient.json(r).size());
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, "five full answers at once");
        assertEquals("seven", PortalClient.json(r).getString("key_7"));
    }

    // ---------------------------------------------------------------- helpers

    private CountlySdk sdkOfThisTest;

    private CountlySdk sdk() {
        if (sdkOfThisTest == null) {
            sdkOfThisTest = new CountlySdk(URI.create(base.toString()));
        }
        return sdkOfThisTest;
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    /** The Web SDK's request ({@code _fetch_remote_config_explicit} and {@code _prepareRequest}). */
    private static Map<String, String> webSdkParams(String appKey, String device, String method, String keys, String omitKeys,
                                                    String appVersion) {
        Map<String, String> p = CountlySdk.params("method", method, "av", appVersion);
        if (keys != null) {
            p.put("keys", keys);
        }
        if (omitKeys != null) {
            p.put("omit_keys", omitKeys);
        }
        p.put("metrics", Json.createObjectBuilder().add("_app_version", appVersion).add("_ua", WEB_UA).add("_os", "Windows")
                .add("_resolution", "1920x1080").add("_locale", "en-US").build().toString());
        p.put("app_key", appKey);
        p.put("device_id", device);
        p.put("sdk_name", "javascript_native_web");
        p.put("sdk_version", "25.4.0");
        p.put("t", "0");
        return p;
    }

    private HttpResponse<String> webSdk(String prefix, String appKey, String device, String method, String keys,
                                        String omitKeys, String appVersion) {
        // the browser SDK posts a form to url + "/o/sdk"
        return sdk().postForm(prefix + "/o/sdk", webSdkParams(appKey, device, method, keys, omitKeys, appVersion));
    }

    private HttpResponse<String> webSdkSigned(String appKey, String device, String salt) {
        String body = signedBody(webSdkParams(appKey, device, "rc", null, null, "2.1"), salt);
        return sdk().postRaw("/o/sdk", null, "application/x-www-form-urlencoded", body);
    }

    /** The Web SDK's {@code prepareParams} with a salt: sorted names, encodeURIComponent, then checksum256. */
    private static String signedBody(Map<String, String> params, String salt) {
        String data = new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + enc(e.getValue()).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return data + "&checksum256=" + CountlySdk.checksum("SHA-256", data, salt);
    }

    /** The Node SDK's {@code fetch_remote_config}: a GET of /o/sdk with metrics ({@code getMetrics}). */
    private HttpResponse<String> nodeSdk(String appKey, String device, String os, String appVersion, String keys) {
        Map<String, String> p = CountlySdk.params("method", "fetch_remote_config",
                "metrics", Json.createObjectBuilder().add("_app_version", appVersion).add("_os", os)
                        .add("_os_version", "6.5.0").build().toString());
        if (keys != null) {
            p.put("keys", keys);
        }
        p.put("app_key", appKey);
        p.put("device_id", device);
        p.put("sdk_name", "javascript_nodejs");
        p.put("sdk_version", "24.10.0");
        p.put("timestamp", Long.toString(System.currentTimeMillis()));
        p.put("hour", "12");
        p.put("dow", "4");
        return sdk().get("/o/sdk", p);
    }

    private static void assertResult(int status, String result, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(result, PortalClient.json(r).getString("result"), r.body());
    }

    /** The page's form: a key, its value and condition rows of field, op, match, value. */
    private static HttpResponse<String> save(PortalClient c, long gameId, String original, String key, String value,
                                             String... rows) {
        List<String> fields = new ArrayList<>(List.of("action=save", "original=" + enc(original), "key=" + enc(key),
                "value=" + enc(value)));
        for (int i = 0; i + 3 < rows.length; i += 4) {
            fields.addAll(List.of("field=" + enc(rows[i]), "op=" + enc(rows[i + 1]), "match=" + enc(rows[i + 2]),
                    "cvalue=" + enc(rows[i + 3])));
        }
        // the page's blank row
        fields.addAll(List.of("field=platform", "op=is", "match=", "cvalue="));
        return post(c, gameId, true, String.join("&", fields));
    }

    private static HttpResponse<String> post(PortalClient c, long gameId, boolean withCsrf, String form) {
        String path = "/events/games/" + gameId + "/remote-config";
        String body = withCsrf ? "_csrf=" + enc(c.csrfFrom("/")) + "&" + form : form;
        return c.postBytes(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }
}
