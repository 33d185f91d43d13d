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
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.service.CounterReads;
import org.polymetric.counters.service.CountersRefusal;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * The seed's bulk requests: {@code POST /bulkdata/{app|license}} (each id → its figure),
 * {@code /bulkxport/…} (each id → {@code {"ds2": [...]}}, plus {@code "time"} when the query
 * has {@code xporttime}) and {@code /bulk/…} (each id → {@code {"data": figure, "xport": {...}}}).
 * Every id maps to the same type, so a typed client can always decode the answer: a malformed
 * query refuses the whole request (400 naming its id, {@link BulkParser}), and the series of an
 * appid or hash that is unknown or that the caller may not see reads as one without data
 * ({@code 0}, {@code "ds2": []}), as a known series with nothing in the range does, so the
 * answer does not tell another organization's ids from unknown ones either.
 */
@ApplicationScoped
@MayLag
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
        Counter.Kind kind = kind(kindPath)
                .orElseThrow(() -> CountersRefusal.notFound("no such path: the bulk requests are for app and license"));
        byte[] bytes = BoundedBody.read(body, MAX_BODY).orElseThrow(() -> CountersRefusal.tooLarge("a bulk request carries at most 1 MB"));
        List<CounterQuery> queries = BulkParser.parse(new String(bytes, StandardCharsets.UTF_8), kind, start, end, Clock.systemUTC());
        JsonObjectBuilder out = JsonBuilders.object();
        for (CounterReads.Answer a : reads.answer(queries, data, xport)) {
            if (data && xport) {
                out.add(a.query().id(), JsonBuilders.object().add("data", figure(a)).add("xport", xport(a)));
            } else if (data) {
                out.add(a.query().id(), figure(a));
            } else {
                out.add(a.query().id(), xport(a));
            }
        }
        return CounterReply.json(200, out);
    }

    static Optional<Counter.Kind> kind(String path) {
        for (Counter.Kind k : Counter.Kind.values()) {
            if (k.path().equals(path)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The figure; an unknown or invisible series (the answer's only problem left) has no data: 0. */
    private static BigDecimal figure(CounterReads.Answer a) {
        return a.problem() == null ? number(a.figure()) : BigDecimal.ZERO;
    }

    /** The xport; an unknown or invisible series has no data: {@code "ds2": []} (and {@code "time": []}). */
    private static JsonObjectBuilder xport(CounterReads.Answer a) {
        CounterReads.Xport points = a.problem() == null ? a.xport() : CounterReads.Xport.NONE;
        JsonArrayBuilder ds2 = JsonBuilders.array();
        points.values().forEach(v -> {
            if (v == null) {
                ds2.addNull();
            } else {
                ds2.add(number(v));
            }
        });
        JsonObjectBuilder x = JsonBuilders.object().add("ds2", ds2);
        if (a.query().withTime()) {
            JsonArrayBuilder time = JsonBuilders.array();
            points.times().forEach(time::add);
            x.add("time", time);
        }
        return x;
    }

    static BigDecimal number(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }
}
