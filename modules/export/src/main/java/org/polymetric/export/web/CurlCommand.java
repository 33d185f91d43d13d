package org.polymetric.export.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.Metric;

/**
 * The {@code curl} command that asks the API for what the builder shows: a POST of the query as
 * Peer5's JSON body to {@code /api/export/v1/export?game_id=}, with a placeholder token.
 */
final class CurlCommand {
    private CurlCommand() {
    }

    /** The body the API takes for {@code query}; fields in the seed's order. */
    static String body(ExportQuery query) {
        JsonArrayBuilder metrics = Json.createArrayBuilder();
        for (Metric m : query.metrics()) {
            metrics.add(m.key());
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("from", query.fromMs()).add("to", query.toMs())
                .add("interval", query.interval().key()).add("metrics", metrics);
        if (!query.filters().isEmpty()) {
            JsonObjectBuilder filters = Json.createObjectBuilder();
            for (Map.Entry<Dimension, List<String>> e : query.filters().entrySet()) {
                filters.add(e.getKey().key(), Json.createArrayBuilder(e.getValue()));
            }
            body.add("filters", filters);
        }
        if (!query.dimensions().isEmpty()) {
            JsonArrayBuilder dimensions = Json.createArrayBuilder();
            for (Dimension d : query.dimensions()) {
                dimensions.add(d.key());
            }
            body.add("dimensions", dimensions);
        }
        return body.build().toString();
    }

    /** The command, each argument in single quotes (a quote inside one closed, escaped and reopened), so any filter value pastes safely. */
    static String of(String server, long gameId, ExportQuery query) {
        return "curl -X POST " + quoted(server + "/api/export/v1/export?game_id=" + gameId)
                + " -H 'X-Auth-Token: YOUR_TOKEN' -H 'Content-Type: application/json' -d " + quoted(body(query));
    }

    static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
