package org.polymetric.counters.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.polymetric.counters.domain.line.Precision;
import org.polymetric.counters.service.CounterWriter;
import org.polymetric.counters.service.CountersRefusal;
import org.polymetric.kernel.metrics.IngestMetrics;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.web.BoundedBody;

/**
 * {@code POST /api/counters/write?precision=s|ms|ns}: counters in InfluxDB line protocol, as
 * Telegraf's InfluxDB output and most agents send them. Answers 204 like InfluxDB once the
 * samples are committed; any bad line refuses the whole request (400 with its line number,
 * {@link CountersRefusalMapper}).
 */
@ApplicationScoped
@Path("api/counters/write")
public class WriteResource {
    /** 10 000 lines of generous length. */
    static final int MAX_BODY = 4 * 1024 * 1024;

    @Inject
    CounterWriter writer;

    @Inject
    AccessGuard guard;

    @Inject
    IngestMetrics ingest;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response write(@QueryParam("precision") String precision, InputStream body) throws IOException {
        guard.requireUser();
        Precision p = Precision.of(precision).orElseThrow(() -> CountersRefusal.badRequest("precision must be s, ms or ns"));
        byte[] bytes = BoundedBody.read(body, MAX_BODY).orElseThrow(
                () -> CountersRefusal.tooLarge("a write request carries at most " + MAX_BODY / (1024 * 1024) + " MB"));
        int stored = writer.write(new String(bytes, StandardCharsets.UTF_8), p, Instant.now());
        ingest.accepted("counters", stored);
        return Response.noContent().build();
    }
}
