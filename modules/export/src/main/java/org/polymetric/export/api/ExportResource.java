package org.polymetric.export.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.OptionalLong;
import org.polymetric.export.ExportSettings;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.export.service.ExportRun;
import org.polymetric.export.service.Exports;
import org.polymetric.export.service.StoreUnavailable;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.ApiRateLimit;
import org.polymetric.kernel.security.CallerGame;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.BoundedBody;

/**
 * Peer5's {@code POST /v1/export?format=json|csv} under {@code /api/export}. In order: the caller
 * (the kernel authenticated its {@code X-Auth-Token} before this runs), the token's export rate
 * limit, the format, the game, and only then the body (at most {@value #MAX_BODY} bytes), read
 * strictly ({@link ExportBody}) and checked by {@link ExportQuery#of}. The answer streams.
 */
@ApplicationScoped
@Path("api/export/v1")
public class ExportResource {
    /** The largest body: a query with a hundred values in each of six filters fits many times over. */
    public static final int MAX_BODY = 64 * 1024;

    @Inject
    AccessGuard guard;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    PortalSettings settings;

    @Inject
    CallerGame callerGame;

    @Inject
    Exports exports;

    @POST
    @MayLag
    @Path("export")
    @Consumes(MediaType.WILDCARD)
    public Response export(@QueryParam("format") String format, @QueryParam("game_id") String gameId, InputStream body)
            throws IOException {
        boolean csv;
        long game;
        try {
            PortalPrincipal me = guard.requireUser();
            OptionalLong wait = overLimit(me);
            if (wait.isPresent()) {
                drain(body);
                return error(429, "Rate limit exceeded for exports with this token: " + limit()
                        + " per minute; retry after " + wait.getAsLong() + " s").header("Retry-After", wait.getAsLong()).build();
            }
            csv = csv(format);
            game = game(gameId);
        } catch (RuntimeException refused) {
            drain(body);
            throw refused;
        }
        byte[] bytes = BoundedBody.read(body, MAX_BODY).orElse(null);
        if (bytes == null) {
            return error(413, "the request body is larger than " + MAX_BODY + " bytes").build();
        }
        ExportQuery query = ExportBody.parse(bytes).query(Clock.systemUTC().millis());
        ExportRun run = exports.prepare(game, query);
        return csv ? Response.ok(ExportCsv.of(run), ExportCsv.TYPE).build() : Response.ok(ExportJson.of(run), ExportJson.TYPE).build();
    }

    private long limit() {
        return Long.parseLong(settings.get().get(ExportSettings.RATE_LIMIT).orElseThrow());
    }

    /** Counts the call against its token's export limit; the seconds to wait when it is over. */
    private OptionalLong overLimit(PortalPrincipal me) {
        return me.viaToken() ? rateLimit.retryAfter("export", me.tokenId(), limit()) : OptionalLong.empty();
    }

    /**
     * Reads a body that will not be used to its end (up to the body limit's drain bound) and drops
     * it, unparsed: a client still sending it then reads the refusal instead of stalling on a full
     * socket.
     */
    private static void drain(InputStream body) throws IOException {
        BoundedBody.read(body, MAX_BODY);
    }

    private static boolean csv(String format) {
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new ExportRefusal("format", "format must be json or csv");
    }

    private long game(String gameId) {
        try {
            return callerGame.resolve(gameId);
        } catch (CallerGame.Refused e) {
            if (e.reason() == CallerGame.Reason.UNKNOWN) {
                throw new NotFoundException(e.getMessage());
            }
            throw new ExportRefusal("game_id", e.getMessage());
        } catch (SQLException e) {
            throw new StoreUnavailable("reading the game named by the call", e);
        }
    }

    private static Response.ResponseBuilder error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ExportRefusal.json(message));
    }
}
