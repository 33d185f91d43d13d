package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TokenMaker;

/**
 * Calls to Peer5's export, {@code POST /api/export/v1/export}, with one caller's credentials, and
 * beacons posted to the kernel.
 */
final class ExportApi {
    static final String PATH = "/api/export/v1/export";
    private final PortalClient client;
    private final String[] headers;

    ExportApi(PortalClient client, String... headers) {
        this.client = client;
        this.headers = headers;
    }

    /** A caller sending, as Peer5's clients do, {@code X-Auth-Token} of a new person's token granted {@code level} on the resource. */
    static ExportApi token(PortalClient c, String resource, long id, String level) {
        return new ExportApi(c, "X-Auth-Token", rawToken(c, resource, id, level));
    }

    static String rawToken(PortalClient c, String resource, long id, String level) {
        return TokenMaker.ofNewUser(c, "export", resource, id, level);
    }

    /** A new game with beacons posted, and a viewer of it holding a token scoped to it. */
    record Posted(Game game, List<Play> plays, ExportApi api) {
        /** {@code plays}: the beacons, made from the game's key. */
        static Posted of(PortalClient c, String title, Function<String, List<Play>> plays) {
            Game g = Game.create(title);
            List<Play> posted = plays.apply(g.key());
            ExportApi.posted(c, posted);
            return new Posted(g, posted, token(c, "game", g.id(), "viewer"));
        }
    }

    /** A new game, alone in a new organization: its id and key. */
    record Game(long id, String key) {
        static Game create(String title) {
            long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("Export " + title)), "Video");
            return in(studio, title);
        }

        static Game in(long studio, String title) {
            long id = Fixtures.game(studio, title);
            return new Game(id, Fixtures.text("SELECT game_key FROM game WHERE id = ?", id));
        }
    }

    /** Posts beacons to the kernel; they are committed (export rows included) when it answers 204. */
    static void posted(PortalClient c, List<Play> plays) {
        for (int i = 0; i < plays.size(); i += 1_000) {
            String body = "[" + String.join(",", plays.subList(i, Math.min(plays.size(), i + 1_000)).stream()
                    .map(Play::json).toList()) + "]";
            HttpResponse<String> r = c.postBytes("/api/ingest/playback", "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertEquals(204, r.statusCode(), r.body());
        }
    }

    /** {@code query}: the query string after {@code ?} (e.g. {@code format=csv&game_id=3}), or "". */
    HttpResponse<String> post(String query, String body) {
        return client.postJson(PATH + (query.isEmpty() ? "" : "?" + query), body, headers);
    }

    /** A 200 JSON answer {@code {"error": false, "data": [...]}}: its data. */
    JsonArray data(String query, String body) {
        HttpResponse<String> r = post(query, body);
        assertEquals(200, r.statusCode(), body + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().map().toString());
        JsonObject answer = PortalClient.json(r);
        assertEquals(false, answer.getBoolean("error"), r.body());
        return answer.getJsonArray("data");
    }

    JsonArray data(String body) {
        return data("", body);
    }

    /** A 200 CSV answer's body. */
    String csv(String query, String body) {
        HttpResponse<String> r = post(query.isEmpty() ? "format=csv" : "format=csv&" + query, body);
        assertEquals(200, r.statusCode(), body + " → " + r.body());
        assertEquals("text/csv;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        return r.body();
    }

    PortalClient client() {
        return client;
    }

    String[] headers() {
        return headers.clone();
    }
}
