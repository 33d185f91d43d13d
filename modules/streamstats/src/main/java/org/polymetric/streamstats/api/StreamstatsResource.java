package org.polymetric.streamstats.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.OutageAnswers;
import org.polymetric.streamstats.service.Breakdowns;
import org.polymetric.streamstats.service.Customers;
import org.polymetric.streamstats.service.SeriesReads;
import org.polymetric.streamstats.service.Summaries;
import org.polymetric.streamstats.store.DatabasePing;

/**
 * System73's Stats API under {@code /api/streamstats}: {@code /ping} and {@code /ping/db}, and the
 * customer level's summaries and series here; the channel and stream levels are the same calls
 * below {@code /channels/{channel_id}} and {@code /channels/{channel_id}/streams/{stream_id}}
 * ({@link LevelResource}). Every call needs credentials (the kernel answers 401 without). Summaries
 * and series may read a replica ({@link MayLag}); the pings never do.
 */
@ApplicationScoped
@Path("api/streamstats")
public class StreamstatsResource {
    @Inject
    AccessGuard guard;

    @Inject
    DatabasePing database;

    @Inject
    OutageAnswers outages;

    @Inject
    Customers customers;

    @Inject
    Summaries summaries;

    @Inject
    SeriesReads seriesReads;

    @Inject
    Breakdowns breakdowns;

    @GET
    @Path("ping")
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        guard.requireUser();
        return "pong";
    }

    @GET
    @Path("ping/db")
    public Response pingDatabase(@Context UriInfo uri) {
        guard.requireUser();
        return database.answers() ? Response.ok("pong", MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).build()
                : outages.reply(uri);
    }

    /*
     * The two locators read their path parameters from UriInfo, not from @PathParam arguments:
     * Payara's OpenAPI scan takes a parameter annotation on a method that is no operation (a
     * locator has no HTTP method) for a mistake and logs it SEVERE at the first /openapi request.
     */
    @Path("channels/{channel_id}/streams/{stream_id}")
    public LevelResource stream(@Context UriInfo uri) {
        return new LevelResource(this, pathParameter(uri, "channel_id"), pathParameter(uri, "stream_id"));
    }

    @Path("channels/{channel_id}")
    public LevelResource channel(@Context UriInfo uri) {
        return new LevelResource(this, pathParameter(uri, "channel_id"), null);
    }

    /** A path parameter, decoded as {@code @PathParam} gives it (each name appears once in these paths). */
    private static String pathParameter(UriInfo uri, String name) {
        return uri.getPathParameters().getFirst(name);
    }

    @GET
    @MayLag
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public Response summary(@BeanParam StatsQuery q) {
        return customer().summary(q);
    }

    @GET
    @MayLag
    @Path("summary/agg")
    @Produces(MediaType.APPLICATION_JSON)
    public Response aggregate(@BeanParam StatsQuery q) {
        return customer().aggregate(q);
    }

    @GET
    @MayLag
    @Path(SeriesPath.TEMPLATE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response series(@PathParam("series") String path, @BeanParam StatsQuery q) {
        return customer().series(path, q);
    }

    private LevelResource customer() {
        return new LevelResource(this, null, null);
    }
}
