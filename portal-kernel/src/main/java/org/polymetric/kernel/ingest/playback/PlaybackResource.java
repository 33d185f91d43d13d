package org.polymetric.kernel.ingest.playback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.polymetric.kernel.ingest.Arrivals;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.kernel.web.RequestSizeLimit;

/**
 * {@code POST /api/ingest/playback}: a JSON array of player beacons (see the kernel README,
 * "Player beacons"). Public: the beacons' {@code app_key}s name their games, no sign-in or token.
 * Any content type is read as JSON (players send {@code text/plain} to spare the preflight).
 * Answers, all with {@code Access-Control-Allow-Origin: *}: 204 after the commit; 400
 * {@code {"error", "index"}} for the first bad beacon ({@code {"error"}} for a bad body) with
 * nothing stored; 413 over 1 MB; 503 {@code {"error"}} + {@code Retry-After} when the portal
 * cannot store them now; 404 {@code {"error"}} when no installed module takes beacons.
 * {@code OPTIONS}: the CORS preflight (POST, {@code Content-Type}, no credentials).
 */
@ApplicationScoped
@Path("api/ingest/playback")
public class PlaybackResource {
    /** The largest body: 1 000 beacons of about a kilobyte. */
    static final int MAX_BODY = 1024 * 1024;
    static final String NO_TAKER = "no module takes playback beacons";
    static final String BUSY = "the portal cannot store beacons right now; retry shortly";
    private static final String RETRY_AFTER_SECONDS = "2";

    @Inject
    BeaconIntake intake;

    @Inject
    Arrivals arrivals;

    @Inject
    BeaconTakers takers;

    @POST
    public Response post(@Context HttpServletRequest request, InputStream body) throws IOException {
        if (!takers.any()) {
            return error(404, NO_TAKER, -1);
        }
        Optional<byte[]> bytes = BoundedBody.read(body, MAX_BODY);
        if (bytes.isEmpty()) {
            return error(413, RequestSizeLimit.MESSAGE, -1);
        }
        try {
            if (!intake.take(bytes.get(), arrivals.of(request))) {
                return cors(Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS)
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(json(BUSY, -1))).build();
            }
        } catch (BeaconRefusal refusal) {
            return error(400, refusal.getMessage(), refusal.index());
        }
        return cors(Response.noContent()).build();
    }

    @OPTIONS
    public Response preflight() {
        return cors(Response.noContent())
                .header("Access-Control-Allow-Methods", "POST, OPTIONS")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "86400")
                .build();
    }

    private static Response error(int status, String message, int index) {
        return cors(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json(message, index))).build();
    }

    private static String json(String message, int index) {
        var json = JsonBuilders.object().add("error", message);
        if (index >= 0) {
            json.add("index", index);
        }
        return json.build().toString();
    }

    /** Players run on any origin and send no credentials: any origin may read the answer. */
    private static Response.ResponseBuilder cors(Response.ResponseBuilder response) {
        return response.header("Access-Control-Allow-Origin", "*");
    }
}
