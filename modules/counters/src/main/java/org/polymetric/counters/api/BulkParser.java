package org.polymetric.counters.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polymetric.counters.domain.CloudCluster;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.domain.InvalidTimeRange;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.domain.Source;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.service.CountersRefusal;

/**
 * Reads a bulk request's body as the seed shows it: a JSON array of queries, each with an
 * {@code id} and, for apps, {@code appid}, {@code region}, {@code template} (the counter) and
 * optional {@code cloud}, {@code cluster}; for licenses {@code hash} and {@code template}. Any
 * query may carry {@code start}, {@code end} (else the request's) and {@code xporttime}.
 * A body that is not such an array, or any query that is malformed (no usable id, an unknown
 * template or region, a bad range), refuses the whole request with a 400 naming the query; an
 * appid or hash nobody may read is left to {@code CounterReads}, which answers it as no data.
 */
public final class BulkParser {
    /** Queries in one request. */
    public static final int MAX_QUERIES = 500;
    /** The longest query id taken: it is echoed in the answer. */
    public static final int MAX_ID_LENGTH = 128;
    private static final String NOT_QUERIES = "the body must be a JSON array of queries";

    private BulkParser() {
    }

    public static List<CounterQuery> parse(String body, Counter.Kind kind, String start, String end, Clock clock) {
        if (!(JsonBody.parse(body, NOT_QUERIES) instanceof JsonArray array)) {
            throw CountersRefusal.badRequest(NOT_QUERIES);
        }
        if (array.size() > MAX_QUERIES) {
            throw CountersRefusal.badRequest("at most " + MAX_QUERIES + " queries in one request");
        }
        List<CounterQuery> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject q)) {
                throw CountersRefusal.badRequest("query " + (i + 1) + " is not an object");
            }
            if (!(q.get("id") instanceof JsonString idText) || idText.getString().isEmpty()) {
                throw CountersRefusal.badRequest("query " + (i + 1) + " has no \"id\" (a string)");
            }
            String id = idText.getString();
            if (id.length() > MAX_ID_LENGTH) {
                throw CountersRefusal.badRequest("query " + (i + 1) + " has an id longer than " + MAX_ID_LENGTH + " characters");
            }
            if (!ids.add(id)) {
                throw CountersRefusal.badRequest("the id \"" + id + "\" is used twice");
            }
            CounterQuery query = query(id, q, kind, start, end, clock);
            if (query.problem() != null) {
                throw CountersRefusal.badRequest("query \"" + id + "\": " + query.problem());
            }
            out.add(query);
        }
        return out;
    }

    /** One query, from its fields; shared with the {@code data} and {@code graph} paths. */
    public static CounterQuery query(String id, Counter.Kind kind, String owner, String region, String cloud, String cluster,
                                     String template, String start, String end, boolean withTime, Clock clock) {
        if (owner == null || owner.isBlank()) {
            return CounterQuery.refused(id, "\"" + kind.key() + "\" is missing");
        }
        Optional<Counter> counter = template == null ? Optional.empty() : Counter.of(kind, template);
        if (counter.isEmpty()) {
            return CounterQuery.refused(id, "unknown template \"" + RequestText.quoted(template) + "\"; the " + kind.path()
                    + " counters are " + Counter.names(kind));
        }
        Source source;
        if (kind == Counter.Kind.APP) {
            Optional<Region> r = region == null ? Optional.empty() : Region.of(region);
            if (r.isEmpty()) {
                return CounterQuery.refused(id, "unknown region \"" + RequestText.quoted(region) + "\"; the regions are "
                        + Region.tokens());
            }
            source = CloudCluster.of(cloud, cluster).in(owner, r.get());
        } else {
            source = new Source.License(owner);
        }
        try {
            return new CounterQuery(id, source, counter.get(), TimeRange.parse(start, end, clock), withTime, null);
        } catch (InvalidTimeRange e) {
            return CounterQuery.refused(id, e.getMessage());
        }
    }

    private static CounterQuery query(String id, JsonObject q, Counter.Kind kind, String start, String end, Clock clock) {
        String from = q.containsKey("start") ? text(q, "start") : start;
        String to = q.containsKey("end") ? text(q, "end") : end;
        return query(id, kind, text(q, kind.key()), text(q, "region"), text(q, "cloud"), text(q, "cluster"),
                text(q, "template"), from, to, q.containsKey("xporttime") && q.get("xporttime") != JsonValue.NULL
                        && q.get("xporttime") != JsonValue.FALSE, clock);
    }

    private static String text(JsonObject q, String name) {
        JsonValue v = q.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == null || v == JsonValue.NULL ? null : v.toString();
    }
}
