package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.assertJson;
import static org.polymetric.portal.events.EventsFixtures.read;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * Who may read a game's Countly data: the kernel's API tokens as {@code api_key} (the way Countly
 * scripts send their key) for people at every distance from the game, against the three kinds of
 * read. The table below is the specification; a cell that changes is a security decision: inside
 * the game's organization a caller who may not view it hears 401 {@code User does not have right},
 * from another organization 401 {@code App does not exist}, as for an id no game has. Also:
 * the root {@code /o} is {@code /api/events/o}, and the token travels as well in
 * {@code auth_token} or the {@code countly-token} header. Refusals are Countly's: a token or
 * password the kernel refuses is 401 {@code User does not exist}, a game of the caller's organization
 * the caller may not view 401 {@code User does not have right}, a game of another organization or an
 * id no game has 401 {@code App does not exist}. JSONP
 * ({@code callback}) answers token callers only: a signed-in browser asking for it is refused, and
 * an error is never script.
 */
class EventsAccessIT extends PortalIT {
    private static final String NO_VIEW = "{\"result\":\"User does not have right\"}";
    private static final String NO_APP = "{\"result\":\"App does not exist\"}";
    private static final String NO_USER = "{\"result\":\"User does not exist\"}";
    private static final String NO_KEY = "{\"result\":\"Missing parameter \\\"api_key\\\" or \\\"auth_token\\\"\"}";

    static boolean seeded;
    static long game;
    /** Role name → the token it reads with (null: no credentials at all). */
    static Map<String, String> tokens;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        PortalClient c = client();
        long org = Fixtures.organization(Fixtures.unique("Countly access"));
        long studioA = Fixtures.studio(org, "Studio A");
        long studioB = Fixtures.studio(org, "Studio B");
        game = EventsFixtures.game(studioA, "Read me", ISTANBUL);
        long sibling = EventsFixtures.game(studioA, "Sibling", ISTANBUL);
        long otherOrg = Fixtures.organization(Fixtures.unique("Countly neighbour"));
        long otherGame = EventsFixtures.game(Fixtures.studio(otherOrg, "Neighbour studio"), "Neighbour game", ISTANBUL);

        long now = System.currentTimeMillis() / 1000;
        String key = EventsFixtures.appKey(game);
        EventsFixtures.sdk(c, key, "acl-device", now - 120, "begin_session", "1", "country_code", "TR",
                "metrics", EventsFixtures.metrics("Android", "13", "Pixel 7", "1080x2400", "Turkcell", "3.1"));
        EventsFixtures.sdk(c, key, "acl-device", now - 110, "events", "[{\"key\":\"secret_event\",\"count\":7}]");
        EventsFixtures.sdk(c, EventsFixtures.appKey(otherGame), "other-device", now - 100, "begin_session", "1");

        String owner = EventsFixtures.person("aclowner", "organization", org, "owner");
        TokenMaker owners = new TokenMaker(client(), owner);
        tokens = new LinkedHashMap<>();
        tokens.put("organization owner", owners.token("organization", org, "owner"));
        tokens.put("admin of the game's studio", tokenOf("aclstudioadmin", "studio", studioA, "admin"));
        tokens.put("viewer of the game", tokenOf("aclviewer", "game", game, "viewer"));
        tokens.put("admin of another studio", tokenOf("aclotheradmin", "studio", studioB, "admin"));
        tokens.put("viewer of another game", tokenOf("aclsibling", "game", sibling, "viewer"));
        tokens.put("owner, token for another game", owners.token("game", sibling, "viewer"));
        tokens.put("other organization's owner", tokenOf("aclneighbour", "organization", otherOrg, "owner"));
        JsonObject revoked = owners.issue("organization", org, "viewer");
        owners.revoke(revoked);
        tokens.put("revoked token", revoked.getString("token"));
        tokens.put("no credentials", null);
        seeded = true;
    }

    /** A new user holding {@code level} on the resource, and a token of theirs for it at that level. */
    private String tokenOf(String prefix, String resource, long id, String level) {
        String email = EventsFixtures.person(prefix, resource, id, level);
        return new TokenMaker(client(), email).token(resource, id, level);
    }

    /** One read: its path and parameters (app_id added). */
    private record Call(String path, String... params) {
        @Override
        public String toString() {
            return path + " " + String.join(" ", params);
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("/api/events/o", "method", "sessions"),
            new Call("/api/events/o", "method", "events"),
            new Call("/api/events/o/analytics/dashboard"));

    private HttpResponse<String> call(Call call, String token) {
        List<String> params = new ArrayList<>(List.of("app_id", Long.toString(game)));
        params.addAll(List.of(call.params()));
        return read(client(), call.path(), token, params.toArray(String[]::new));
    }

    @Test
    void onlyThoseWhoMayViewTheGameReadItsData() {
        // what the organization owner reads is the data; every other 200 must read the same
        Map<Call, String> data = new LinkedHashMap<>();
        for (Call call : CALLS) {
            HttpResponse<String> r = call(call, tokens.get("organization owner"));
            assertEquals(200, r.statusCode(), call + ": " + r.body());
            data.put(call, r.body());
        }
        JsonObject sessions = PortalClient.jsonOf(data.get(CALLS.get(0))).asJsonObject();
        assertTrue(sessions.containsKey("meta") && sessions.size() > 1, "the session is there: " + sessions);
        assertTrue(data.get(CALLS.get(1)).contains("\"c\":7"), "the event is there: " + data.get(CALLS.get(1)));
        assertEquals(1, PortalClient.jsonOf(data.get(CALLS.get(2))).asJsonObject().getJsonObject("30days")
                .getJsonObject("dashboard").getJsonObject("total_sessions").getInt("total"), data.get(CALLS.get(2)));

        // role → status for sessions, events, dashboard (the same for all three)
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("organization owner", 200);
        expected.put("admin of the game's studio", 200);
        expected.put("viewer of the game", 200);
        expected.put("admin of another studio", 401);
        expected.put("viewer of another game", 401);
        expected.put("owner, token for another game", 401);
        expected.put("other organization's owner", 401);
        expected.put("revoked token", 401);
        expected.put("no credentials", 400);

        List<String> wrong = new ArrayList<>();
        for (Call call : CALLS) {
            for (Map.Entry<String, Integer> role : expected.entrySet()) {
                HttpResponse<String> r = call(call, tokens.get(role.getKey()));
                String where = call + " as " + role.getKey();
                if (r.statusCode() != role.getValue()) {
                    wrong.add(where + ": expected " + role.getValue() + ", got " + r.statusCode() + " " + r.body());
                    continue;
                }
                String body = r.body();
                String problem = switch (role.getKey()) {
                    case "organization owner", "admin of the game's studio", "viewer of the game" ->
                            same(data.get(call), body) ? null : "other data: " + body;
                    case "revoked token" -> same(NO_USER, body) ? null : "answer: " + body;
                    case "no credentials" -> same(NO_KEY, body) ? null : "answer: " + body;
                    // another organization's app is one that does not exist: its id cannot be probed
                    case "other organization's owner" -> same(NO_APP, body) ? null : "answer: " + body;
                    default -> same(NO_VIEW, body) ? null : "answer: " + body;
                };
                if (problem != null) {
                    wrong.add(where + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean same(String expected, String actual) {
        return EventsFixtures.canonical(PortalClient.jsonOf(expected)).equals(EventsFixtures.canonical(PortalClient.jsonOf(actual)));
    }

    @Test
    void aGameThatDoesNotExistIsAppDoesNotExistAsInCountly() {
        String owner = tokens.get("organization owner");
        for (String id : new String[]{"987654321", "0", "-1", "x"}) {
            HttpResponse<String> r = read(client(), "/api/events/o", owner, "app_id", id, "method", "sessions");
            assertEquals(401, r.statusCode(), id + ": " + r.body());
            assertJson(NO_APP, r.body());
        }
        HttpResponse<String> r = read(client(), "/api/events/o", owner, "method", "sessions");
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Missing parameter \\\"app_id\\\"\"}", r.body());
    }

    /**
     * Countly's {@code /o/analytics}: the {@code app_id} is asked for first, then the path, and
     * only a known path checks credentials; so a bare or unknown path is 400 {@code Invalid path}
     * whoever asks, and without an {@code app_id} 400 {@code Missing parameter "app_id"}.
     */
    @Test
    void analyticsWithoutAKnownPathIsInvalidPathOnceItNamesAnApp() {
        String invalid = "{\"result\":\"Invalid path, must be one of /dashboard or /countries\"}";
        String noApp = "{\"result\":\"Missing parameter \\\"app_id\\\"\"}";
        List<String> wrong = new ArrayList<>();
        for (String path : new String[]{"/o/analytics", "/o/analytics/other", "/api/events/o/analytics",
                "/api/events/o/analytics/other"}) {
            for (String role : List.of("viewer of the game", "other organization's owner", "revoked token", "no credentials")) {
                HttpResponse<String> named = read(client(), path, tokens.get(role), "app_id", Long.toString(game));
                if (named.statusCode() != 400 || !same(invalid, named.body())) {
                    wrong.add(path + " as " + role + ": " + named.statusCode() + " " + named.body());
                }
                HttpResponse<String> unnamed = read(client(), path, tokens.get(role));
                if (unnamed.statusCode() != 400 || !same(noApp, unnamed.body())) {
                    wrong.add(path + " without app_id as " + role + ": " + unnamed.statusCode() + " " + unnamed.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRootPathAnswersAsTheApiPath() {
        String token = tokens.get("viewer of the game");
        List<String[]> reads = List.of(
                new String[]{"/o", "method", "sessions"},
                new String[]{"/o", "method", "events", "event", "secret_event"},
                new String[]{"/o", "method", "get_events"},
                new String[]{"/o", "method", "nonsense"},
                new String[]{"/o/analytics/dashboard"},
                new String[]{"/o/analytics/countries"},
                new String[]{"/o/analytics/other"});
        for (String[] rd : reads) {
            List<String> params = new ArrayList<>(List.of("app_id", Long.toString(game)));
            params.addAll(List.of(rd).subList(1, rd.length));
            HttpResponse<String> api = read(client(), "/api/events" + rd[0], token, params.toArray(String[]::new));
            HttpResponse<String> root = read(client(), rd[0], token, params.toArray(String[]::new));
            assertEquals(api.statusCode(), root.statusCode(), rd[0] + " " + params);
            assertJson(api.body(), root.body(), rd[0] + " " + params);
        }
        HttpResponse<String> anonymous = read(client(), "/o", null, "app_id", Long.toString(game), "method", "sessions");
        assertEquals(400, anonymous.statusCode(), anonymous.body());
        assertJson(NO_KEY, anonymous.body());
        HttpResponse<String> outsider = read(client(), "/o", tokens.get("other organization's owner"),
                "app_id", Long.toString(game), "method", "sessions");
        assertEquals(401, outsider.statusCode(), outsider.body());
        assertJson(NO_APP, outsider.body());
    }

    @Test
    void theTokenMayComeAsAuthTokenOrTheCountlyTokenHeader() {
        String token = tokens.get("viewer of the game");
        String app = Long.toString(game);
        for (String path : new String[]{"/api/events/o", "/o"}) {
            String byKey = EventsFixtures.ok(client(), path, token, "app_id", app, "method", "sessions");
            HttpResponse<String> header = client().get(path + "?" + EventsFixtures.query("app_id", app, "method", "sessions"),
                    "countly-token", token);
            assertEquals(200, header.statusCode(), header.body());
            assertJson(byKey, header.body(), path + " with countly-token");
            HttpResponse<String> authToken = client().get(path + "?" + EventsFixtures.query("auth_token", token, "app_id", app,
                    "method", "sessions"));
            assertEquals(200, authToken.statusCode(), authToken.body());
            assertJson(byKey, authToken.body(), path + " with auth_token");
            String dashboard = EventsFixtures.ok(client(), path + "/analytics/dashboard", token, "app_id", app);
            HttpResponse<String> dashboardByHeader = client().get(path + "/analytics/dashboard?" + EventsFixtures.query("app_id", app),
                    "countly-token", token);
            assertEquals(200, dashboardByHeader.statusCode(), dashboardByHeader.body());
            assertJson(dashboard, dashboardByHeader.body(), path + "/analytics/dashboard with countly-token");
        }
        HttpResponse<String> outsider = client().get("/o?" + EventsFixtures.query("app_id", app, "method", "sessions"),
                "countly-token", tokens.get("other organization's owner"));
        assertEquals(401, outsider.statusCode(), outsider.body());
        assertJson(NO_APP, outsider.body());
        HttpResponse<String> revoked = client().get("/o?" + EventsFixtures.query("app_id", app, "method", "sessions"),
                "countly-token", tokens.get("revoked token"));
        assertEquals(401, revoked.statusCode(), revoked.body());
        assertJson(NO_USER, revoked.body());
    }

    @Test
    void credentialFailuresAnswerCountlysResultShapeWithItsStatuses() {
        String app = Long.toString(game);
        for (String path : new String[]{"/api/events/o", "/o"}) {
            HttpResponse<String> unknown = read(client(), path, "no-such-token-" + "0".repeat(20), "app_id", app, "method", "sessions");
            assertEquals(401, unknown.statusCode(), unknown.body());
            assertJson(NO_USER, unknown.body(), path + " unknown api_key");
            HttpResponse<String> dashboard = read(client(), path + "/analytics/dashboard", "no-such-token", "app_id", app);
            assertEquals(401, dashboard.statusCode(), dashboard.body());
            assertJson(NO_USER, dashboard.body(), path + "/analytics/dashboard unknown api_key");
            HttpResponse<String> basic = client().get(path + "?" + EventsFixtures.query("app_id", app, "method", "sessions"),
                    "Authorization", PortalClient.basic("nobody@nowhere.test", "wrong"));
            assertEquals(401, basic.statusCode(), basic.body());
            assertJson(NO_USER, basic.body(), path + " wrong password");
            HttpResponse<String> none = read(client(), path, null, "app_id", app, "method", "sessions");
            assertEquals(400, none.statusCode(), none.body());
            assertJson(NO_KEY, none.body(), path + " no credentials");
        }
        // other modules' paths keep their own dialect's shape (GameAnalytics': FastAPI's "detail")
        HttpResponse<String> elsewhere = client().get("/api/organizations/organizations", "Authorization", "Bearer no-such-token");
        assertEquals(401, elsewhere.statusCode(), elsewhere.body());
        assertEquals("Unknown or revoked API token", PortalClient.json(elsewhere).getString("detail"), elsewhere.body());
    }

    @Test
    void jsonpAnswersOnlyTokenCallersAndNeverAnError() {
        String app = Long.toString(game);
        String viewer = tokens.get("viewer of the game");
        HttpResponse<String> byToken = read(client(), "/o", viewer, "app_id", app, "method", "sessions", "callback", "cb");
        assertEquals(200, byToken.statusCode(), byToken.body());
        assertTrue(byToken.body().startsWith("cb({"), byToken.body());

        String email = EventsFixtures.person("jsonpviewer", "game", game, "viewer");
        PortalClient browser = client();
        browser.loginOrFail(email, Fixtures.PASSWORD);
        HttpResponse<String> bySession = browser.get("/o?" + EventsFixtures.query("app_id", app, "method", "sessions"));
        assertEquals(200, bySession.statusCode(), "a session reads as JSON: " + bySession.body());
        for (String path : new String[]{"/o?method=sessions&", "/o/analytics/dashboard?", "/api/events/o?method=events&"}) {
            HttpResponse<String> jsonp = browser.get(path + EventsFixtures.query("app_id", app, "callback", "steal"));
            assertEquals(400, jsonp.statusCode(), path + ": " + jsonp.body());
            assertJson("{\"result\":\"JSONP (callback) is answered only to calls with api_key or auth_token\"}", jsonp.body());
            assertTrue(jsonp.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        }
        HttpResponse<String> refused = read(client(), "/o", tokens.get("other organization's owner"), "app_id", app,
                "method", "sessions", "callback", "cb");
        assertEquals(401, refused.statusCode(), refused.body());
        assertJson(NO_APP, refused.body(), "an error is JSON, not script");
    }

    @Test
    void postReadsItsFormBody() {
        String viewer = tokens.get("viewer of the game");
        String app = Long.toString(game);
        String byGet = EventsFixtures.ok(client(), "/o", viewer, "app_id", app, "method", "sessions");
        for (String path : new String[]{"/o", "/api/events/o"}) {
            HttpResponse<String> posted = client().postForm(path + "?" + EventsFixtures.query("api_key", viewer),
                    Map.of("app_id", app, "method", "sessions"));
            assertEquals(200, posted.statusCode(), path + ": " + posted.body());
            assertJson(byGet, posted.body(), path + " POST");
        }
        String dashboard = EventsFixtures.ok(client(), "/o/analytics/dashboard", viewer, "app_id", app);
        HttpResponse<String> posted = client().postForm("/o/analytics/dashboard?" + EventsFixtures.query("api_key", viewer),
                Map.of("app_id", app));
        assertEquals(200, posted.statusCode(), posted.body());
        assertJson(dashboard, posted.body(), "POST /o/analytics/dashboard");
    }
}
