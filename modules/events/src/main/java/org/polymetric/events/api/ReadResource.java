package org.polymetric.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.events.read.Analytics;
import org.polymetric.events.read.CachedReads;
import org.polymetric.events.read.ReadApp;
import org.polymetric.events.read.ReadMethods;
import org.polymetric.kernel.security.ApiAuthenticationFilter;
import org.polymetric.kernel.storage.MayLag;

/**
 * Countly's read API, {@code /o} (also served at the root): {@code ?app_id=&method=} and the
 * ready-made {@code /o/analytics/dashboard}, {@code /countries}, {@code /sessions}, {@code /metric},
 * {@code /tops}, {@code /loyalty}, {@code /frequency}, {@code /durations} and {@code /events}, by
 * GET or by POST with a form body. Credentials: the kernel's tokens as {@code api_key},
 * {@code auth_token} (query string) or the {@code countly-token} header, or a signed-in session;
 * the caller needs view access to the game. Errors are Countly's {@code {"result": "..."}} with
 * its status, always as JSON. JSONP ({@code callback}) answers only token-authenticated calls: a
 * page of another site could otherwise read a signed-in user's data through the browser's cookie.
 */
@ApplicationScoped
@MayLag
@Path("api/events/o")
public class ReadResource {
    static final String JSONP_NEEDS_TOKEN = "JSONP (callback) is answered only to calls with api_key or auth_token";

    @Inject
    ReadApp apps;

    @Inject
    CachedReads reads;

    @GET
    public Response read(@Context UriInfo uri, @Context HttpServletRequest request) {
        return method(request, uri.getQueryParameters(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readPostedForm(@Context UriInfo uri, @Context HttpServletRequest request,
                                   MultivaluedMap<String, String> form) {
        return method(request, uri.getQueryParameters(), form);
    }

    /** A POST without a form body reads its query string. */
    @POST
    public Response readPosted(@Context UriInfo uri, @Context HttpServletRequest request) {
        return read(uri, request);
    }

    /** Bare {@code /o/analytics}: no path Countly knows, answered as an unknown one. */
    @GET
    @Path("analytics")
    public Response analyticsWithoutPath(@Context UriInfo uri, @Context HttpServletRequest request) {
        return analytics("", request, uri.getQueryParameters(), null);
    }

    @POST
    @Path("analytics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response analyticsWithoutPathPostedForm(@Context UriInfo uri, @Context HttpServletRequest request,
                                                   MultivaluedMap<String, String> form) {
        return analytics("", request, uri.getQueryParameters(), form);
    }

    @POST
    @Path("analytics")
    public Response analyticsWithoutPathPosted(@Context UriInfo uri, @Context HttpServletRequest request) {
        return analyticsWithoutPath(uri, request);
    }

    @GET
    @Path("analytics/{path}")
    public Response analytics(@PathParam("path") String path, @Context UriInfo uri, @Context HttpServletRequest request) {
        return analytics(path, request, uri.getQueryParameters(), null);
    }

    @POST
    @Path("analytics/{path}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response analyticsPostedForm(@PathParam("path") String path, @Context UriInfo uri,
                                        @Context HttpServletRequest request, MultivaluedMap<String, String> form) {
        return analytics(path, request, uri.getQueryParameters(), form);
    }

    @POST
    @Path("analytics/{path}")
    public Response analyticsPosted(@PathParam("path") String path, @Context UriInfo uri, @Context HttpServletRequest request) {
        return analytics(path, uri, request);
    }

    @OPTIONS
    public Response options() {
        return CountlyReply.preflight();
    }

    private Response method(HttpServletRequest request, MultivaluedMap<String, String> query,
                            MultivaluedMap<String, String> form) {
        try {
            ReadParams p = ReadParams.of(query, form);
            String callback = callback(request, p);
            ReadApp.Target app = apps.resolve(p.get("app_id"), refused(request));
            byte[] json = reads.method(app, p.get("method"), new ReadMethods.Query(p.get("period"), p.get("action"),
                    p.get("event"), p.get("events"), p.get("segmentation")));
            return CountlyReply.json(200, json, callback);
        } catch (Refusal r) {
            return CountlyReply.result(r.status(), r.result(), null, null);
        }
    }

    private Response analytics(String path, HttpServletRequest request, MultivaluedMap<String, String> query,
                               MultivaluedMap<String, String> form) {
        try {
            ReadParams p = ReadParams.of(query, form);
            // Countly's order for /o/analytics: the app_id, then the path, and only then credentials
            if (!Analytics.knowsPath(path)) {
                ReadApp.requireAppId(p.get("app_id"));
                throw new Refusal(400, Analytics.INVALID_PATH);
            }
            String callback = callback(request, p);
            ReadApp.Target app = apps.resolve(p.get("app_id"), refused(request));
            Analytics.Query q = new Analytics.Query(p.get("period"), p.get("action"), p.get("metric"), p.get("event"),
                    p.get("events"), p.get("segmentation"));
            return CountlyReply.json(200, reads.analytics(app, path, q), callback);
        } catch (Refusal r) {
            return CountlyReply.result(r.status(), r.result(), null, null);
        }
    }

    /**
     * The JSONP callback of a token-authenticated call; a call that brings no token (a session,
     * or nothing) and asks for JSONP is refused once its app and credentials have been checked.
     */
    private String callback(HttpServletRequest request, ReadParams p) {
        String callback = p.get("callback");
        if (callback == null || callback.isEmpty()) {
            return null;
        }
        if (!"token".equals(request.getAttribute(ApiAuthenticationFilter.AUTHENTICATED_BY))) {
            // Countly's order first: a call without app_id or credentials hears that, not this
            apps.resolve(p.get("app_id"), refused(request));
            throw new Refusal(400, JSONP_NEEDS_TOKEN);
        }
        return callback;
    }

    private static ApiAuthenticationFilter.Refused refused(HttpServletRequest request) {
        return request.getAttribute(ApiAuthenticationFilter.REFUSED) instanceof ApiAuthenticationFilter.Refused r ? r : null;
    }
}
