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
import java.util.Optional;
import org.polymetric.counters.service.CounterWriter;
import org.polymetric.counters.domain.line.Precision;
import org.polymetric.counters.service.WriteRefusal;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.web.BoundedBody;

/**
 * {@code POST /api/counters/write?precision=s|ms|ns}: counters in InfluxDB line protocol, as
 * Telegraf's InfluxDB output and most agents send them. Answers 204 like InfluxDB once the
 * samples are committed; any bad line refuses the whole request (400 with its line number).
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

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response write(@QueryParam("precision") String precision, InputStream body) throws IOException {
        guard.requireUser();
        Optional<Precision> p = Precision.of(precision);
        if (p.isEmpty()) {
            return CounterReply.error(400, "precision must be s, ms or ns");
        }
        Optional<byte[]> bytes = BoundedBody.read(body, MAX_BODY);
        if (bytes.isEmpty()) {
            return CounterReply.error(413, "a write request carries at most " + MAX_BODY / (1024 * 1024) + " MB");
        }
        try {
            writer.write(new String(bytes.get(), StandardCharsets.UTF_8), p.get(), Instant.now());
            return Response.noContent().build();
        } catch (WriteRefusal r) {
            return r.line() > 0 ? CounterReply.errorAt(r.status(), r.getMessage(), r.line()) : CounterReply.error(r.status(), r.getMessage());
        }
    }
}
