package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TokenMaker;

/** Calls to {@code /api/streamstats} with one caller's {@code Authorization} as System73 sends it (the raw token), and golden answers. */
final class StatsApi {
    private final PortalClient client;
    private final String[] headers;

    StatsApi(PortalClient client, String... headers) {
        this.client = client;
        this.headers = headers;
    }

    /** A caller holding a token of a new person granted {@code level} on the resource, sent raw as System73 does. */
    static StatsApi token(PortalClient c, String resource, long id, String level) {
        return new StatsApi(c, "Authorization", rawToken(c, resource, id, level));
    }

    static String rawToken(PortalClient c, String resource, long id, String level) {
        return TokenMaker.ofNewUser(c, "streamstats", resource, id, level);
    }

    HttpResponse<String> get(String path) {
        return client.get("/api/streamstats" + path, headers);
    }

    /** A 200 JSON array answer. */
    JsonArray array(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return (JsonArray) PortalClient.jsonOf(r.body());
    }

    /** A 400 whose body is {@code {"error": message}}, answered fast. */
    void refused(String path, String message) {
        long start = System.nanoTime();
        HttpResponse<String> r = get(path);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, r.statusCode(), path + " → " + r.body());
        assertEquals(Json.createObjectBuilder().add("error", message).build(), PortalClient.jsonOf(r.body()), path);
        assertTrue(ms < 3_000, path + " took " + ms + " ms");
    }

    /**
     * The answer is the golden file's (shape and values), its points' {@code datetime} being
     * {@code datetime} (the seed's samples have their own).
     */
    static void assertGolden(String file, JsonArray actual, long datetime) {
        Golden.assertShape("streamstats/" + file, actual);
        JsonArrayBuilder expected = Json.createArrayBuilder();
        for (JsonValue v : Golden.load("streamstats/" + file).asJsonArray()) {
            JsonObject o = v.asJsonObject();
            expected.add(o.containsKey("datetime") ? Json.createObjectBuilder(o).add("datetime", datetime).build() : o);
        }
        assertEquals(expected.build(), actual, file);
    }

    static void assertGolden(String file, JsonArray actual) {
        assertGolden(file, actual, 0);
    }
}
