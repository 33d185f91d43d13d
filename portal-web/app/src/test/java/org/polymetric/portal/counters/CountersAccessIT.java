package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.polymetric.portal.counters.CountersFixture.bearer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * Who may do what with the counters API: every role against every endpoint family, over a game
 * and a license of one organization. The answer to a role that may not see the game or license
 * is the same as for one that does not exist (404 on paths; in a bulk answer a series without
 * data: 0, {@code "ds2": []}), never its data.
 */
class CountersAccessIT extends PortalIT {
    /** What a role's call answered: its status, and for a bulk query whether it got data. */
    private record Outcome(int status, boolean data) {
        @Override
        public String toString() {
            return status + (data ? "+data" : "");
        }
    }

    @Test
    void everyRoleGetsWhatItsAccessAllows() {
        PortalClient c = client();
        long org = Fixtures.organization(Fixtures.unique("Counter access"));
        long studio = Fixtures.studio(org, "Studio");
        long otherStudio = Fixtures.studio(org, "Other studio");
        long game = Fixtures.game(studio, "Game");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        long other = Fixtures.organization(Fixtures.unique("Elsewhere"));

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("organization owner", token(c, "organization", org, "owner"));
        tokens.put("organization admin", token(c, "organization", org, "admin"));
        tokens.put("organization viewer", token(c, "organization", org, "viewer"));
        tokens.put("studio admin", token(c, "studio", studio, "admin"));
        tokens.put("game admin", token(c, "game", game, "admin"));
        tokens.put("game viewer", token(c, "game", game, "viewer"));
        tokens.put("admin of another studio", token(c, "studio", otherStudio, "admin"));
        tokens.put("other organization's owner", token(c, "organization", other, "owner"));
        tokens.put("no token", null);

        HttpResponse<String> made = c.postJson("/api/counters/licenses", "{\"organization_id\":" + org + ",\"name\":\"L\"}",
                bearer(tokens.get("organization owner")));
        assertEquals(201, made.statusCode(), made.body());
        String hash = PortalClient.json(made).getString("hash");
        CountersFixture.written(c, tokens.get("organization owner"), null, "Ccu,appid=" + key + ",region=eu value=5\n"
                + "CCU,hash=" + hash + " value=50\n");

        String bulkApp = "[{\"id\":\"q\",\"appid\":\"" + key + "\",\"region\":\"eu\",\"template\":\"Ccu\"}]";
        String bulkLicense = "[{\"id\":\"q\",\"hash\":\"" + hash + "\",\"template\":\"CCU\"}]";
        Map<String, Function<String, Outcome>> calls = new LinkedHashMap<>();
        calls.put("write app", t -> plain(c.postBytes("/api/counters/write", "text/plain",
                ("Rooms,appid=" + key + ",region=eu value=1").getBytes(StandardCharsets.UTF_8), headers(t))));
        calls.put("bulkdata app", t -> bulk(c.postJson("/api/counters/bulkdata/app", bulkApp, headers(t))));
        calls.put("bulkxport app", t -> bulk(c.postJson("/api/counters/bulkxport/app", bulkApp, headers(t))));
        calls.put("data app", t -> plain(c.get("/api/counters/data/app/" + key + "/eu/Ccu", headers(t))));
        calls.put("graph app", t -> {
            HttpResponse<byte[]> r = c.getBytes("/api/counters/graph/app/" + key + "/eu/Ccu?width=100&height=50", headers(t));
            return new Outcome(r.statusCode(), false);
        });
        calls.put("write license", t -> plain(c.postBytes("/api/counters/write", "text/plain",
                ("Servers,hash=" + hash + " value=1").getBytes(StandardCharsets.UTF_8), headers(t))));
        calls.put("bulkdata license", t -> bulk(c.postJson("/api/counters/bulkdata/license", bulkLicense, headers(t))));
        calls.put("bulk license", t -> bulk(c.postJson("/api/counters/bulk/license", bulkLicense, headers(t))));
        calls.put("data license", t -> plain(c.get("/api/counters/data/license/" + hash + "/CCU", headers(t))));
        calls.put("graph license", t -> {
            HttpResponse<byte[]> r = c.getBytes("/api/counters/graph/license/" + hash + "/CCU?width=100&height=50", headers(t));
            return new Outcome(r.statusCode(), false);
        });
        calls.put("list licenses", t -> plain(c.get("/api/counters/licenses?organization_id=" + org, headers(t))));
        calls.put("add license", t -> plain(c.postJson("/api/counters/licenses", "{\"organization_id\":" + org
                + ",\"name\":\"Another\"}", headers(t))));

        // role → the outcome of each call above, in order
        Map<String, String> expected = new LinkedHashMap<>();
        // write app, bulkdata app, bulkxport app, data app, graph app, write license, bulkdata license,
        // bulk license, data license, graph license, list licenses, add license
        expected.put("organization owner", "204 200+data 200+data 200 200 204 200+data 200+data 200 200 200 201");
        expected.put("organization admin", "204 200+data 200+data 200 200 204 200+data 200+data 200 200 200 201");
        expected.put("organization viewer", "403 200+data 200+data 200 200 403 200+data 200+data 200 200 200 403");
        expected.put("studio admin", "204 200+data 200+data 200 200 400 200 200 404 404 404 404");
        expected.put("game admin", "204 200+data 200+data 200 200 400 200 200 404 404 404 404");
        expected.put("game viewer", "403 200+data 200+data 200 200 400 200 200 404 404 404 404");
        expected.put("admin of another studio", "400 200 200 404 404 400 200 200 404 404 404 404");
        expected.put("other organization's owner", "400 200 200 404 404 400 200 200 404 404 404 404");
        expected.put("no token", "401 401 401 401 401 401 401 401 401 401 401 401");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> role : expected.entrySet()) {
            List<String> got = new ArrayList<>();
            calls.values().forEach(call -> got.add(call.apply(tokens.get(role.getKey())).toString()));
            if (!String.join(" ", got).equals(role.getValue())) {
                wrong.add(role.getKey() + ": expected " + role.getValue() + ", got " + String.join(" ", got) + " for "
                        + calls.keySet());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String token(PortalClient c, String resource, long id, String level) {
        return CountersFixture.token(c, CountersFixture.person("counteracl", resource, id, level), resource, id, level);
    }

    private static String[] headers(String token) {
        return token == null ? new String[0] : bearer(token);
    }

    private static Outcome plain(HttpResponse<String> r) {
        return new Outcome(r.statusCode(), false);
    }

    /**
     * A bulk answer "has data" when its query answered the written figure (not 0) or xport (not
     * {@code []}): a series the caller may not see reads as one without data, as an unknown one.
     */
    private static Outcome bulk(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            return new Outcome(r.statusCode(), false);
        }
        JsonValue q = PortalClient.json(r).get("q");
        if (q instanceof JsonObject o && o.containsKey("data")) {
            q = o.get("data");
        }
        boolean data = q instanceof JsonNumber n ? n.doubleValue() != 0 : !((JsonObject) q).getJsonArray("ds2").isEmpty();
        return new Outcome(r.statusCode(), data);
    }
}
