package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * Who exports which game. A token scoped to one game exports that game; a wider token or a Basic
 * user names it with {@code game_id} (400 without); a game out of the caller's reach (another
 * game's, studio's or organization's) answers 404 exactly as a game that does not exist; no
 * credentials or a bad token 401; every refusal in Peer5's shape {@code {"error": true, "message"}}.
 * Tokens work as Peer5 sends them ({@code X-Auth-Token}) and as {@code Authorization: Bearer}.
 */
class ExportAccessIT extends PortalIT {
    private static final long HOUR = 3_600_000;
    private static final long UNKNOWN_GAME = 999_999_999L;

    /** The hour before the current one: each game has one beacon in it, its bytes saying whose it is. */
    private final long hour = System.currentTimeMillis() / HOUR * HOUR - HOUR;

    /** Per caller: its token, and what it gets without game_id and for A1, A2, Y1, B1, a game that does not exist. */
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> expected = new LinkedHashMap<>();

    private void tokenOf(String who, String token, String outcomes) {
        tokens.put(who, token);
        expected.put(who, outcomes);
    }

    @Test
    void everyCallerExportsTheGamesItReachesAndNothingElse() {
        PortalClient c = client();
        long orgA = Fixtures.organization(Fixtures.unique("Export access"));
        long studioX = Fixtures.studio(orgA, "X");
        long studioY = Fixtures.studio(orgA, "Y");
        ExportApi.Game a1 = ExportApi.Game.in(studioX, "A1");
        ExportApi.Game a2 = ExportApi.Game.in(studioX, "A2");
        ExportApi.Game y1 = ExportApi.Game.in(studioY, "Y1");
        long orgB = Fixtures.organization(Fixtures.unique("Export elsewhere"));
        ExportApi.Game b1 = ExportApi.Game.in(Fixtures.studio(orgB, "B"), "B1");
        List<ExportApi.Game> games = List.of(a1, a2, y1, b1);
        for (int i = 0; i < games.size(); i++) {
            ExportApi.posted(c, List.of(Play.of(games.get(i).key(), "d", hour + 5 * 60_000).bytes(1_001 + i, 0)));
        }
        String studioViewer = Fixtures.user("exportviewer");
        Fixtures.grant(studioViewer, "studio", studioX, "viewer");

        tokenOf("viewer token of game A1", ExportApi.rawToken(c, "game", a1.id(), "viewer"), "200:1001 200:1001 404 404 404 404");
        tokenOf("admin token of game A1", ExportApi.rawToken(c, "game", a1.id(), "admin"), "200:1001 200:1001 404 404 404 404");
        tokenOf("viewer token of game A2", ExportApi.rawToken(c, "game", a2.id(), "viewer"), "200:1002 404 200:1002 404 404 404");
        tokenOf("viewer token of studio X", ExportApi.rawToken(c, "studio", studioX, "viewer"), "400 200:1001 200:1002 404 404 404");
        tokenOf("admin token of studio X", ExportApi.rawToken(c, "studio", studioX, "admin"), "400 200:1001 200:1002 404 404 404");
        tokenOf("viewer token of studio Y", ExportApi.rawToken(c, "studio", studioY, "viewer"), "400 404 404 200:1003 404 404");
        tokenOf("viewer token of organization A", ExportApi.rawToken(c, "organization", orgA, "viewer"), "400 200:1001 200:1002 200:1003 404 404");
        tokenOf("owner token of organization A", ExportApi.rawToken(c, "organization", orgA, "owner"), "400 200:1001 200:1002 200:1003 404 404");
        tokenOf("owner token of organization B", ExportApi.rawToken(c, "organization", orgB, "owner"), "400 404 404 404 200:1004 404");
        tokenOf("a token that does not exist", "pm_" + "0".repeat(40), "401 401 401 401 401 401");
        String revokedOwner = Fixtures.user("exportrevoked");
        Fixtures.grant(revokedOwner, "game", a1.id(), "viewer");
        TokenMaker maker = new TokenMaker(new PortalClient(c.uri("/")), revokedOwner);
        JsonObject revoked = maker.issue("game", a1.id(), "viewer");
        maker.revoke(revoked);
        tokenOf("a revoked token of game A1", revoked.getString("token"), "401 401 401 401 401 401");

        Map<String, ExportApi> callers = new LinkedHashMap<>();
        tokens.forEach((who, token) -> {
            callers.put(who + " as X-Auth-Token", new ExportApi(c, "X-Auth-Token", token));
            callers.put(who + " as Authorization: Bearer", new ExportApi(c, "Authorization", "Bearer " + token));
        });
        callers.put("viewer of studio X, Basic", new ExportApi(c, "Authorization", PortalClient.basic(studioViewer, Fixtures.PASSWORD)));
        expected.put("viewer of studio X, Basic", "400 200:1001 200:1002 404 404 404");
        callers.put("no credentials", new ExportApi(c));
        expected.put("no credentials", "401 401 401 401 401 401");

        String body = Expected.request(hour, hour + HOUR, "1h", List.of("http"), List.of(), Map.of());
        long[] named = {a1.id(), a2.id(), y1.id(), b1.id(), UNKNOWN_GAME};
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, ExportApi> caller : callers.entrySet()) {
            String who = caller.getKey().replaceFirst(" as (X-Auth-Token|Authorization: Bearer)$", "");
            List<String> got = new ArrayList<>();
            got.add(outcome(caller.getValue().post("", body), wrong, caller.getKey()));
            for (long game : named) {
                got.add(outcome(caller.getValue().post("game_id=" + game, body), wrong, caller.getKey()));
            }
            if (!String.join(" ", got).equals(expected.get(who))) {
                wrong.add(caller.getKey() + ": expected " + expected.get(who) + ", got " + String.join(" ", got));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A game out of reach and a game that does not exist are told apart by nothing: the same status, the same body. */
    @Test
    void aGameOutOfReachAnswersAsAGameThatDoesNotExist() {
        PortalClient c = client();
        long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("Export 404")), "S");
        ExportApi.Game mine = ExportApi.Game.in(studio, "Mine");
        ExportApi.Game other = ExportApi.Game.create("Someone else's");
        ExportApi.posted(c, List.of(Play.of(other.key(), "d", hour + 5 * 60_000).bytes(5, 5)));
        ExportApi api = ExportApi.token(c, "studio", studio, "viewer");
        String body = Expected.request(hour, hour + HOUR, "1h", List.of("http"), List.of(), Map.of());
        HttpResponse<String> outOfReach = api.post("game_id=" + other.id(), body);
        HttpResponse<String> unknown = api.post("game_id=" + UNKNOWN_GAME, body);
        assertEquals(404, outOfReach.statusCode(), outOfReach.body());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(unknown.body().replace(Long.toString(UNKNOWN_GAME), "N"), outOfReach.body().replace(Long.toString(other.id()), "N"));
        assertEquals(unknown.headers().firstValue("Content-Type"), outOfReach.headers().firstValue("Content-Type"));
        assertEquals(200, api.post("game_id=" + mine.id(), body).statusCode(), "the caller's own game answers");
    }

    /** Without credentials: 401 in Peer5's shape, nothing of the game. */
    @Test
    void noCredentialsIs401InPeer5sShape() {
        ExportApi.Game g = ExportApi.Game.create("Anonymous");
        ExportApi.posted(client(), List.of(Play.of(g.key(), "d", hour + 5 * 60_000).bytes(5, 5)));
        HttpResponse<String> r = new ExportApi(client()).post("game_id=" + g.id(),
                Expected.request(hour, hour + HOUR, "1h", List.of("http"), List.of(), Map.of()));
        assertEquals(401, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertPeer5Error(r.body());
    }

    /** The status, with {@code :<http bytes>} when a 200 carried data; a 4xx body must be Peer5's error. */
    private static String outcome(HttpResponse<String> r, List<String> wrong, String caller) {
        if (r.statusCode() != 200) {
            try {
                assertPeer5Error(r.body());
            } catch (AssertionError e) {
                wrong.add(caller + " " + r.statusCode() + ": " + e.getMessage());
            }
            return Integer.toString(r.statusCode());
        }
        JsonObject answer = PortalClient.json(r);
        List<JsonValue> data = answer.getJsonArray("data");
        return data.size() == 1 ? "200:" + data.get(0).asJsonObject().getJsonNumber("http").longValue() : "200 with " + data;
    }

    private static void assertPeer5Error(String body) {
        JsonObject error = PortalClient.jsonOf(body).asJsonObject();
        assertEquals(Set.of("error", "message"), error.keySet(), body);
        assertEquals(JsonValue.TRUE, error.get("error"), body);
        assertFalse(error.getString("message").isBlank(), body);
    }
}
