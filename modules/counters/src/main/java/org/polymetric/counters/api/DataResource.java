package org.polymetric.counters.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.service.CounterReads;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.storage.MayLag;

/**
 * One series' figure as plain text: {@code GET /data/app/{appid}/{region}/{counter}} and
 * {@code /data/license/{hash}/{counter}}, over {@code start}/{@code end}. No data answers
 * {@code 0}. An appid or hash the caller cannot see is 404; a bad region, counter or range 400.
 * An app's series is the public cloud's default cluster unless {@code cloud} and {@code cluster}
 * name another, as the line protocol's tags and the bulk queries do (Photon's URLs have no place
 * for them; the counters pages pass them).
 */
@ApplicationScoped
@MayLag
@Path("api/counters/data")
public class DataResource {
    @Inject
    CounterReads reads;

    @Inject
    AccessGuard guard;

    @GET
    @Path("app/{appid}/{region}/{counter}")
    public Response app(@PathParam("appid") String appid, @PathParam("region") String region,
                        @PathParam("counter") String counter, @QueryParam("start") String start, @QueryParam("end") String end,
                        @QueryParam("cloud") String cloud, @QueryParam("cluster") String cluster) {
        return figure(BulkParser.query("data", Counter.Kind.APP, appid, region, cloud, cluster, counter, start, end, false,
                Clock.systemUTC()));
    }

    @GET
    @Path("license/{hash}/{counter}")
    public Response license(@PathParam("hash") String hash, @PathParam("counter") String counter,
                            @QueryParam("start") String start, @QueryParam("end") String end) {
        return figure(BulkParser.query("data", Counter.Kind.LICENSE, hash, null, null, null, counter, start, end, false,
                Clock.systemUTC()));
    }

    private Response figure(CounterQuery q) {
        guard.requireUser();
        CounterReads.Answer a = reads.one(q, true, false);
        return Response.ok(BulkResource.number(a.figure()).toPlainString(), MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).build();
    }
}
