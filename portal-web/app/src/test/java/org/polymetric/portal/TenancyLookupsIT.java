package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kernel's game lookups ({@code GameDirectory}) as the SDK path sees them through the events
 * module's {@code /i}: a change made behind the cache's back (plain SQL, as another instance of a
 * cluster would) is seen within the tenancy versions' one-second window, a change made through the
 * portal on this instance at once, and a key asked for before its game existed is found within the
 * window.
 */
class TenancyLookupsIT extends PortalIT {
    private static final String SUCCESS = "{\"result\":\"Success\"}";
    private static final String NO_APP = "{\"result\":\"App does not exist\"}";
    private static final String NOT_ACCEPTING = "{\"result\":\"App is currently not accepting data\"}";
    /** The window (1 s) plus a request's and a versions read's time, with room for a slow machine. */
    private static final long WITHIN_MS = 2_500;

    private static long organization;
    private static long studio;
    private static String owner;

    @BeforeAll
    static void studioWithAnOwner() {
        organization = Fixtures.organization(Fixtures.unique("Tenancy lookups"));
        studio = Fixtures.studio(organization, "Lookups studio");
        owner = Fixtures.user("lookups");
        Fixtures.grant(owner, "organization", organization, "owner");
    }

    @Test
    void aGamePausedBySqlBehindTheCacheIsRefusedWithinTheWindowAndTakesDataAgainWhenResumed() {
        JsonObject game = game();
        String key = game.getString("key");
        assertEquals(SUCCESS, sdk(key).body(), "the game is looked up and kept");
        Fixtures.execute("UPDATE game SET paused = 1 WHERE id = ?", game.getJsonNumber("id").longValue());
        long took = until(key, NOT_ACCEPTING);
        assertTrue(took < WITHIN_MS, "seen after " + took + " ms");
        Fixtures.execute("UPDATE game SET paused = 0 WHERE id = ?", game.getJsonNumber("id").longValue());
        took = until(key, SUCCESS);
        assertTrue(took < WITHIN_MS, "resumed after " + took + " ms");
    }

    @Test
    void aKeyAskedForBeforeItsGameExistedIsFoundWithinTheWindow() {
        String key = UUID.randomUUID().toString().replace("-", "") + "01234567";
        HttpResponse<String> before = sdk(key);
        assertEquals(400, before.statusCode());
        assertEquals(NO_APP, before.body());
        assertEquals(NO_APP, sdk(key).body(), "asked again: still unknown (and kept so)");
        Fixtures.execute("INSERT INTO game (studio_id, organization_id, title, platform, sdk_used, game_key, secret_key, created_at) "
                + "SELECT id, organization_id, 'Made by SQL', 'android', 'unity', ?, ?, NOW(3) FROM studio WHERE id = ?",
                key, "f".repeat(40), studio);
        long took = until(key, SUCCESS);
        assertTrue(took < WITHIN_MS, "found after " + took + " ms");
    }

    @Test
    void aGameArchivedOnItsPageIsRefusedAtOnceOnThisInstance() {
        JsonObject game = game();
        String key = game.getString("key");
        assertEquals(SUCCESS, sdk(key).body(), "the game is looked up and kept");
        PortalClient page = client();
        page.loginOrFail(owner, Fixtures.PASSWORD);
        String path = "/organizations/games/" + game.getJsonNumber("id").longValue();
        HttpResponse<String> archived = page.postForm(path + "/archive", Map.of("_csrf", page.csrfFrom(path)));
        assertEquals(303, archived.statusCode(), archived.body());
        HttpResponse<String> next = sdk(key);
        assertEquals(400, next.statusCode());
        assertEquals(NOT_ACCEPTING, next.body(), "the very next request");
    }

    @Test
    void aPhotonAppidIsAUuidStoredAsTheGamesKeyAndTakesCounters() {
        String appid = UUID.randomUUID().toString();
        Fixtures.execute("INSERT INTO game (studio_id, organization_id, title, platform, sdk_used, game_key, secret_key, created_at) "
                + "SELECT id, organization_id, 'Photon app', 'windows', 'unity', ?, ?, NOW(3) FROM studio WHERE id = ?",
                appid, "e".repeat(40), studio);
        String token = new TokenMaker(client(), owner).token("organization", organization, "admin");
        HttpResponse<String> written = client().postBytes("/api/counters/write?precision=s", "text/plain; charset=utf-8",
                ("Ccu,appid=" + appid + ",region=eu value=3 " + (System.currentTimeMillis() / 1000 - 60) + "\n").getBytes(),
                "Authorization", "Bearer " + token);
        assertEquals(204, written.statusCode(), written.body());
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM counters_series s JOIN game g ON g.id = s.owner_id "
                + "WHERE s.owner_type = 'g' AND g.game_key = ?", appid));
    }

    /** One SDK request (a session begins) for the key. */
    private HttpResponse<String> sdk(String key) {
        return client().get("/api/events/i?app_key=" + key + "&device_id=" + UUID.randomUUID() + "&begin_session=1");
    }

    /** Milliseconds until the key's requests are answered {@code body}; fails after 10 s. */
    private long until(String key, String body) {
        long start = System.nanoTime();
        while (true) {
            long took = (System.nanoTime() - start) / 1_000_000;
            if (body.equals(sdk(key).body())) {
                return took;
            }
            assertTrue(took < 10_000, "still not " + body + " after " + took + " ms");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A fresh game made through the organizations API, as its owner would. */
    private JsonObject game() {
        HttpResponse<String> r = client().postJson("/api/organizations/games", "{\"studio_id\":" + studio + ",\"title\":\""
                + Fixtures.unique("Lookup") + "\",\"sdk_used\":\"javascript\",\"platform\":\"browser\"}",
                "Authorization", PortalClient.basic(owner, Fixtures.PASSWORD));
        assertEquals(201, r.statusCode(), r.body());
        return PortalClient.json(r).getJsonObject("data");
    }
}
