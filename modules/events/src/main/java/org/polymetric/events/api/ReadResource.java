package org.polymetric.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.events.read.Analytics;
import org.polymetric.events.read.CachedReads;
import org.polymetric.events.read.ReadApp;
import org.polymetric.events.read.ReadMethods;

/**
 * Countly's read API, {@code /o} (also served at the root): {@code ?app_id=&method=} and the
 * ready-made {@code /o/analytics/dashboard}, {@code /countries}, {@code /sessions}, {@code /metric},
 * {@code /tops}, {@code /loyalty}, {@code /frequency}, {@code /durations} and {@code /events}. Credentials: the kernel's
 * tokens as {@code api_key}, {@code auth_token} or the {@code countly-token} header (or a signed-in
 * session); the caller needs view access to the game. Errors are Countly's
 * {@code {"result": "..."}} with its status; JSONP with {@code callback}.
 */
@ApplicationScoped
@Path("api/events/o")
public class ReadResource {
    @Inject
    ReadApp apps;

    @Inject
    CachedReads reads;

    @GET
    public Response read(@QueryParam("app_id") String appId, @QueryParam("method") String method,
                         @QueryParam("period") String period, @QueryParam("action") String action,
                         @QueryParam("event") String event, @QueryParam("events") String events,
                         @QueryParam("segmentation") String segmentation, @QueryParam("callback") String callback) {
        try {
            ReadApp.Target app = apps.resolve(appId);
            byte[] json = reads.method(app, method, new ReadMethods.Query(period, action, event, events, segmentation));
            return CountlyReply.json(200, json, callback);
        } catch (Refusal r) {
            return CountlyReply.result(r.status(), r.result(), null, callback);
        }
    }

    @POST
    public Response readPosted(@QueryParam("app_id") String appId, @QueryParam("method") String method,
                               @QueryParam("period") String period, @QueryParam("action") String action,
                               @QueryParam("event") String event, @QueryParam("events") String events,
                               @QueryParam("segmentation") String segmentation, @QueryParam("callback") String callback) {
        return read(appId, method, period, action, event, events, segmentation, callback);
    }

    @GET
    @Path("analytics/{path}")
    public Response analytics(@PathParam("path") String path, @QueryParam("app_id") String appId,
                              @QueryParam("period") String period, @QueryParam("action") String action,
                              @QueryParam("metric") String metric, @QueryParam("event") String event,
                              @QueryParam("events") String events, @QueryParam("segmentation") String segmentation,
                              @QueryParam("callback") String callback) {
        try {
            ReadApp.Target app = apps.resolve(appId);
            Analytics.Query q = new Analytics.Query(period, action, metric, event, events, segmentation);
            return CountlyReply.json(200, reads.analytics(app, path, q), callback);
        } catch (Refusal r) {
            return CountlyReply.result(r.status(), r.result(), null, callback);
        }
    }

    @OPTIONS
    public Response options() {
        return CountlyReply.preflight();
    }
}
