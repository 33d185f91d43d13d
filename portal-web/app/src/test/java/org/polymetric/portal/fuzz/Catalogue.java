package org.polymetric.portal.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint of the running portal: what its {@code /openapi} document lists (MicroProfile
 * OpenAPI, JAX-RS paths, methods and query parameters of the portal and of every module in the
 * WAR), plus what that document cannot show: Countly's SDK paths at the root, which a servlet
 * filter maps onto the events module, and the kernel's player beacons if missing.
 */
final class Catalogue {
    /** The API prefixes that must each have endpoints listed: one per module and the kernel's. */
    static final List<String> PREFIXES = List.of("/api/organizations/", "/api/events/", "/api/counters/", "/api/streamstats/",
            "/api/export/", "/api/ingest/", "/api/tokens", "/api/admin/", "/api/access/");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private Catalogue() {
    }

    static List<Endpoint> of(URI base) {
        JsonObject doc = document(base);
        Map<String, Endpoint> all = new LinkedHashMap<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (String template : templates(path.getKey())) {
                JsonObject operations = path.getValue().asJsonObject();
                for (Map.Entry<String, JsonValue> op : operations.entrySet()) {
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    List<String> query = new ArrayList<>();
                    JsonArray params = op.getValue().asJsonObject().getJsonArray("parameters");
                    if (params != null) {
                        for (JsonObject p : params.getValuesAs(JsonObject.class)) {
                            if ("query".equals(p.getString("in", ""))) {
                                query.add(p.getString("name"));
                            }
                        }
                    }
                    Endpoint e = Endpoint.of(op.getKey(), template, query, "openapi");
                    all.putIfAbsent(e.key(), e);
                }
            }
        }
        for (String[] extra : List.of(new String[] {"GET", "/i"}, new String[] {"POST", "/i"}, new String[] {"GET", "/i/bulk"},
                new String[] {"POST", "/i/bulk"}, new String[] {"GET", "/o"}, new String[] {"POST", "/o"}, new String[] {"GET", "/o/analytics/{path}"},
                new String[] {"GET", "/o/sdk"}, new String[] {"POST", "/api/ingest/playback"})) {
            Endpoint e = Endpoint.of(extra[0], extra[1], List.of(), "fuzz");
            all.putIfAbsent(e.key(), e);
        }
        return List.copyOf(all.values());
    }

    /**
     * The document's path as request templates. The Stats API's per-level calls are a
     * sub-resource (a locator under {@code channels/{channel_id}} and
     * {@code .../streams/{stream_id}}) that Payara lists with a {@code /null} prefix: they are
     * served under both locators.
     */
    private static List<String> templates(String path) {
        if (path.startsWith("/null/")) {
            String rest = path.substring("/null".length());
            return List.of("/api/streamstats/channels/{channel_id}" + rest, "/api/streamstats/channels/{channel_id}/streams/{stream_id}" + rest);
        }
        if (path.equals("/api/streamstats/channels/{channel_id}") || path.equals("/api/streamstats/channels/{channel_id}/streams/{stream_id}")) {
            return List.of(); // the locators themselves answer nothing
        }
        return List.of(path);
    }

    private static JsonObject document(URI base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            // the first call builds the document (tens of seconds on a busy machine)
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/openapi")).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/openapi answered " + r.statusCode() + ": " + r.body());
            }
            return Json.createReader(new StringReader(r.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("/openapi: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
