package org.polymetric.counters.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.query.BulkParser;
import org.polymetric.counters.query.CounterQuery;
import org.polymetric.counters.query.CounterReads;
import org.polymetric.counters.query.QueryRefusal;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * The seed's bulk requests: {@code POST /bulkdata/{app|license}} (each id → its figure),
 * {@code /bulkxport/…} (each id → {@code {"ds2": [...]}}, plus {@code "time"} when the query
 * has {@code xporttime}) and {@code /bulk/…} (each id → {@code {"data": figure, "xport": {...}}}).
 * A query that cannot be answered maps to {@code {"error": "..."}}; the others still answer.
 */
@ApplicationScoped
@Path("api/counters")
public class BulkResource {
    static final int MAX_BODY = 1024 * 1024;

    @Inject
    CounterReads reads;

    @Inject
    AccessGuard guard;

    @POST
    @Path("bulkdata/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response bulkdata(@PathParam("kind") String kind, @QueryParam("start") String start, @QueryParam("end") String end,
                             InputStream body) throws IOException {
        return bulk(kind, start, end, body, true, false);
    }

    @POST
    @Path("bulkxport/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response bulkxport(@PathParam("kind") String kind, @QueryParam("start") String start, @QueryParam("end") String end,
                              InputStream body) throws IOException {
        return bulk(kind, start, end, body, false, true);
    }

    @POST
    @Path("bulk/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response both(@PathParam("kind") String kind, @QueryParam("start") String start, @QueryParam("end") String end,
                         InputStream body) throws IOException {
        return bulk(kind, start, end, body, true, true);
    }

    private Response bulk(String kindPath, String start, String end, InputStream body, boolean data, boolean xport)
            throws IOException {
        guard.requireUser();
        Optional<Counter.Kind> kind = kind(kindPath);
        if (kind.isEmpty()) {
            return CounterReply.error(404, "no such path: the bulk requests are for app and license");
        }
        Optional<byte[]> bytes = BoundedBody.read(body, MAX_BODY);
        if (bytes.isEmpty()) {
            return CounterReply.error(413, "a bulk request carries at most 1 MB");
        }
        try {
            List<CounterQuery> queries = BulkParser.parse(new String(bytes.get(), StandardCharsets.UTF_8), kind.get(), start, end,
                    Clock.systemUTC());
            JsonObjectBuilder out = JsonBuilders.object();
            for (CounterReads.Answer a : reads.answer(queries, data, xport)) {
                if (a.problem() != null) {
                    out.add(a.query().id(), JsonBuilders.object().add("error", a.problem()));
                } else if (data && xport) {
                    out.add(a.query().id(), JsonBuilders.object().add("data", number(a.figure()))
                            .add("xport", xport(a)));
                } else if (data) {
                    out.add(a.query().id(), number(a.figure()));
                } else {
                    out.add(a.query().id(), xport(a));
                }
            }
            return CounterReply.json(200, out);
        } catch (QueryRefusal r) {
            return CounterReply.error(r.status(), r.getMessage());
        }
    }

    static Optional<Counter.Kind> kind(String path) {
        for (Counter.Kind k : Counter.Kind.values()) {
            if (k.path().equals(path)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static JsonObjectBuilder xport(CounterReads.Answer a) {
        JsonArrayBuilder ds2 = JsonBuilders.array();
        a.xport().values().forEach(v -> {
            if (v == null) {
                ds2.addNull();
            } else {
                ds2.add(number(v));
            }
        });
        JsonObjectBuilder x = JsonBuilders.object().add("ds2", ds2);
        if (a.query().withTime()) {
            JsonArrayBuilder time = JsonBuilders.array();
            a.xport().times().forEach(time::add);
            x.add("time", time);
        }
        return x;
    }

    static BigDecimal number(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }
}
