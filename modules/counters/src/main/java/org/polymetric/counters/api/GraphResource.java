package org.polymetric.counters.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.service.CounterGraphs;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.storage.MayLag;

/**
 * One series as a PNG line chart: {@code GET /graph/app/{appid}/{region}/{counter}} and
 * {@code /graph/license/{hash}/{counter}}, over {@code start}/{@code end}, {@code width} ×
 * {@code height} pixels (800 × 400 by default, each at most 1600: more is a 400, as the seed
 * says). The line is the series' xport, times in UTC.
 * An app's series is the public cloud's default cluster unless {@code cloud} and {@code cluster}
 * name another, as the line protocol's tags and the bulk queries do (Photon's URLs have no place
 * for them; the counters pages pass them).
 */
@ApplicationScoped
@MayLag
@Path("api/counters/graph")
public class GraphResource {
    @Inject
    CounterGraphs graphs;

    @Inject
    AccessGuard guard;

    @GET
    @Path("app/{appid}/{region}/{counter}")
    public Response app(@PathParam("appid") String appid, @PathParam("region") String region,
                        @PathParam("counter") String counter, @QueryParam("start") String start, @QueryParam("end") String end,
                        @QueryParam("cloud") String cloud, @QueryParam("cluster") String cluster,
                        @QueryParam("width") String width, @QueryParam("height") String height) {
        return graph(BulkParser.query("graph", Counter.Kind.APP, appid, region, cloud, cluster, counter, start, end, true,
                Clock.systemUTC()), width, height);
    }

    @GET
    @Path("license/{hash}/{counter}")
    public Response license(@PathParam("hash") String hash, @PathParam("counter") String counter,
                            @QueryParam("start") String start, @QueryParam("end") String end,
                            @QueryParam("width") String width, @QueryParam("height") String height) {
        return graph(BulkParser.query("graph", Counter.Kind.LICENSE, hash, null, null, null, counter, start, end, true,
                Clock.systemUTC()), width, height);
    }

    private Response graph(CounterQuery q, String width, String height) {
        guard.requireUser();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(60);
        return Response.ok(graphs.png(q, width, height), "image/png").cacheControl(cache).build();
    }
}
