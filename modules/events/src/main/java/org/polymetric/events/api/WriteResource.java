package org.polymetric.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.polymetric.events.ingest.Ingest;
import org.polymetric.kernel.ingest.Arrivals;

/**
 * Countly's write API, {@code /i} and {@code /i/bulk} (also served at the root): GET, form or
 * multipart POST, OPTIONS for CORS, JSONP with {@code callback}. No sign-in: the
 * {@code app_key} names the game, and a checksum proves the sender when the game asks for one.
 * Answers {@code {"result": "Success"}} only after the data is committed; 400 or 200 with
 * Countly's result strings otherwise; 503 when the portal is too busy (SDKs retry). Plain GETs
 * and POSTs from SDKs are answered before they get here, by {@link WriteFastPath} through the
 * same {@link WriteCall}; this resource is the reference and answers the rest.
 */
@ApplicationScoped
@Path("api/events/i")
public class WriteResource {
    @Inject
    Ingest ingest;

    @Inject
    Arrivals arrivals;

    @GET
    public Response get(@Context HttpServletRequest request) {
        return handle(request, null, false);
    }

    @POST
    public Response post(@Context HttpServletRequest request, InputStream body) {
        return handle(request, body, false);
    }

    @GET
    @Path("bulk")
    public Response getBulk(@Context HttpServletRequest request) {
        return handle(request, null, true);
    }

    @POST
    @Path("bulk")
    public Response postBulk(@Context HttpServletRequest request, InputStream body) {
        return handle(request, body, true);
    }

    @OPTIONS
    public Response options() {
        return CountlyReply.preflight();
    }

    @OPTIONS
    @Path("bulk")
    public Response optionsBulk() {
        return CountlyReply.preflight();
    }

    // every other verb is Countly's 405; HEAD too, which JAX-RS would otherwise answer by running GET (and storing)
    @PUT
    public Response put() {
        return CountlyReply.methodNotAllowed();
    }

    @DELETE
    public Response delete() {
        return CountlyReply.methodNotAllowed();
    }

    @PATCH
    public Response patch() {
        return CountlyReply.methodNotAllowed();
    }

    @HEAD
    public Response head() {
        return CountlyReply.methodNotAllowed();
    }

    @PUT
    @Path("bulk")
    public Response putBulk() {
        return CountlyReply.methodNotAllowed();
    }

    @DELETE
    @Path("bulk")
    public Response deleteBulk() {
        return CountlyReply.methodNotAllowed();
    }

    @PATCH
    @Path("bulk")
    public Response patchBulk() {
        return CountlyReply.methodNotAllowed();
    }

    @HEAD
    @Path("bulk")
    public Response headBulk() {
        return CountlyReply.methodNotAllowed();
    }

    private Response handle(HttpServletRequest request, InputStream body, boolean bulk) {
        return WriteCall.answer(ingest, arrivals, request, body, bulk).toResponse();
    }
}
