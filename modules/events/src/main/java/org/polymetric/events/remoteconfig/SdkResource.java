package org.polymetric.events.remoteconfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.polymetric.events.api.CountlyAnswer;
import org.polymetric.events.api.CountlyReply;
import org.polymetric.events.api.WriteParams;
import org.polymetric.events.ingest.Refusal;

/**
 * Countly's {@code /o/sdk} (also at the root): what SDKs fetch with their {@code app_key} and
 * {@code device_id}, by GET or by POST with a form, multipart or JSON body (the body wins), as
 * the write API reads its requests. JSONP with {@code callback} for an answer, never for an error.
 */
@ApplicationScoped
@Path("api/events/o/sdk")
public class SdkResource {
    /** Largest body taken: filters of the most keys a game has, and metrics. */
    static final int BODY_LIMIT = 256 * 1024;

    @Inject
    SdkFetch fetch;

    @GET
    public Response get(@Context HttpServletRequest request) {
        return answer(request, null);
    }

    @POST
    public Response post(@Context HttpServletRequest request, InputStream body) {
        return answer(request, body);
    }

    @OPTIONS
    public Response options() {
        return CountlyReply.preflight();
    }

    private Response answer(HttpServletRequest request, InputStream body) {
        WriteParams params;
        try {
            params = WriteParams.read(request, body, BODY_LIMIT);
        } catch (Refusal r) {
            return CountlyReply.result(r.status(), r.result(), null, null);
        }
        SdkFetch.Answer answer = fetch.fetch(params);
        String callback = answer.status() == 200 ? params.values().get("callback") : null;
        return CountlyAnswer.json(answer.status(), answer.json(), callback).toResponse();
    }
}
