package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * Who sees which customer, at the three levels: a token scoped to one game is that game; a wider
 * token or a Basic user names the game with {@code game_id} (400 without); a game out of the
 * caller's reach (another studio's, another organization's) answers 404 exactly as a game that
 * does not exist; no credentials 401. {@code /ping} and {@code /ping/db} answer any caller.
 */
class StreamstatsAccessIT extends PortalIT {
    private static final String[] LEVELS = {"", "/channels/c", "/channels/c/streams/s"};

    @Test
    void everyCallerSeesTheGamesItReachesAndNothingElse() {
        PortalClient c = client();
        long orgA = Fixtures.organization(Fixtures.unique("Stats access"));
        long studioX = Fixtures.studio(orgA, "X");
        long studioY = Fixtures.studio(orgA, "Y");
        long a1 = Fixtures.game(studioX, "A1");
        long a2 = Fixtures.game(studioX, "A2");
        long y = Fixtures.game(studioY, "Y1");
        long orgB = Fixtures.organization(Fixtures.unique("Stats elsewhere"));
        long b = Fixtures.game(Fixtures.studio(orgB, "B"), "B1");
        long t = StreamstatsRows.middle("24h", System.currentTimeMillis());
        for (long game : new long[]{a1, a2, y, b}) {
            StreamstatsRows rows = new StreamstatsRows(game);
            StreamstatsRows.Rendition r = rows.rendition("c", "s", "http://s", "4000", "1 of 1");
            rows.rollup(r, t, "cdn_bytes", 1_000_000L, "beacons_cdn", 1L);
            rows.device(r, "d-" + game, t, 5_000, false, false, "MAC", "CHROME", "WIFI");
        }
        String studioViewer = Fixtures.user("studioviewer");
        Fixtures.grant(studioViewer, "studio", studioX, "viewer");

        Map<String, StatsApi> callers = new LinkedHashMap<>();
        callers.put("token of game A1", StatsApi.token(c, "game", a1, "viewer"));
        callers.put("owner token of organization A", StatsApi.token(c, "organization", orgA, "owner"));
        callers.put("viewer token of studio X", StatsApi.token(c, "studio", studioX, "viewer"));
        callers.put("viewer of studio X, Basic", new StatsApi(c, "Authorization", PortalClient.basic(studioViewer, Fixtures.PASSWORD)));
        callers.put("owner token of organization B", StatsApi.token(c, "organization", orgB, "owner"));
        callers.put("no credentials", new StatsApi(c));

        // per caller: no game_id, then game_id = A1, A2, Y1, B1, a game that does not exist
        long[] named = {a1, a2, y, b, 999_999_999L};
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("token of game A1", "200+data 200+data 404 404 404 404");
        expected.put("owner token of organization A", "400 200+data 200+data 200+data 404 404");
        expected.put("viewer token of studio X", "400 200+data 200+data 404 404 404");
        expected.put("viewer of studio X, Basic", "400 200+data 200+data 404 404 404");
        expected.put("owner token of organization B", "400 404 404 404 200+data 404");
        expected.put("no credentials", "401 401 401 401 401 401");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            StatsApi api = callers.get(e.getKey());
            for (String level : LEVELS) {
                for (String call : new String[]{"/summary/agg?time=24h", "/stats/throughput/agg?time=24h&source=cdn",
                        "/summary?time=24h", "/os?time=24h"}) {
                    List<String> got = new ArrayList<>();
                    got.add(outcome(api.get(level + call)));
                    for (long game : named) {
                        got.add(outcome(api.get(level + call + "&game_id=" + game)));
                    }
                    if (!String.join(" ", got).equals(e.getValue())) {
                        wrong.add(e.getKey() + " on " + level + call + ": expected " + e.getValue() + ", got " + String.join(" ", got));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);

        for (Map.Entry<String, StatsApi> caller : callers.entrySet()) {
            int status = caller.getKey().equals("no credentials") ? 401 : 200;
            for (String ping : new String[]{"/ping", "/ping/db"}) {
                HttpResponse<String> r = caller.getValue().get(ping);
                assertEquals(status, r.statusCode(), caller.getKey() + " " + ping + ": " + r.body());
                if (status == 200) {
                    assertEquals("pong", r.body(), ping);
                    assertEquals("text/plain", r.headers().firstValue("Content-Type").orElse("").split(";")[0], ping);
                }
            }
        }
    }

    /**
     * A database that cannot serve the module (its scope table gone for a moment, as a restore or
     * a failed migration would leave it): {@code /ping/db} and the reads answer the kernel's
     * outage answer, 503 with {@code Retry-After} and {@code {"error": ...}}, never a partial answer, and answer again once it is back.
     */
    @Test
    void aDatabaseThatDoesNotAnswerIs503() {
        PortalClient c = client();
        long game = StreamstatsRows.newGame("Down");
        StatsApi api = StatsApi.token(c, "game", game, "viewer");
        assertEquals(200, api.get("/ping/db").statusCode());
        Fixtures.execute("RENAME TABLE streamstats_scope TO streamstats_scope_away");
        try {
            for (String path : new String[]{"/ping/db", "/summary?time=live", "/channels/c/stats/os?time=1h"}) {
                HttpResponse<String> r = api.get(path);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertEquals("{\"error\":\"" + DatabaseOutage.MESSAGE + "\"}", r.body(), path);
                assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(null), path);
            }
            assertEquals(200, api.get("/ping").statusCode(), "the service itself is up");
        } finally {
            Fixtures.execute("RENAME TABLE streamstats_scope_away TO streamstats_scope");
        }
        assertEquals("pong", api.get("/ping/db").body());
        assertEquals(200, api.get("/summary?time=live").statusCode());
    }

    /** The status, with {@code +data} when a 200 carried the game's figures, and the 4xx body's shape. */
    private static String outcome(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            assertEquals(true, PortalClient.jsonOf(r.body()).asJsonObject().containsKey("error"), r.body());
            return Integer.toString(r.statusCode());
        }
        JsonArray a = (JsonArray) PortalClient.jsonOf(r.body());
        return a.isEmpty() ? "200" : "200+data";
    }
}
