package org.polymetric.streamstats.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.PageGames;
import org.polymetric.kernel.web.View;

/**
 * A game's pages, {@code /streamstats/games/{id}} (its channels),
 * {@code .../channels/{channel_id}} (a channel's streams) and
 * {@code .../channels/{channel_id}/streams/{stream_id}} (a stream's renditions), each with
 * {@code time=&sort=&dir=&page=}, and their downloads: the table as {@code channels.csv},
 * {@code streams.csv} or {@code renditions.csv}, a series as {@code series.csv?metric=}.
 * Viewers of the game; anyone else, and any id that is not a game's, the themed 404.
 */
@MayLag
@Path("streamstats/games/{id}")
public class LevelPages {
    @Inject
    PageGames pages;

    @Inject
    LevelView views;

    @Inject
    LevelCsv downloads;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View game(@PathParam("id") String id, @QueryParam("time") String time, @QueryParam("sort") String sort,
                     @QueryParam("dir") String dir, @QueryParam("page") String page, @Context UriInfo uri) {
        return shown(id, null, null, time, sort, dir, page, uri);
    }

    @GET
    @Path("channels/{channel}")
    @Produces(MediaType.TEXT_HTML)
    public View channel(@PathParam("id") String id, @PathParam("channel") String channel, @QueryParam("time") String time,
                        @QueryParam("sort") String sort, @QueryParam("dir") String dir, @QueryParam("page") String page,
                        @Context UriInfo uri) {
        return shown(id, channel, null, time, sort, dir, page, uri);
    }

    @GET
    @Path("channels/{channel}/streams/{stream}")
    @Produces(MediaType.TEXT_HTML)
    public View stream(@PathParam("id") String id, @PathParam("channel") String channel, @PathParam("stream") String stream,
                       @QueryParam("time") String time, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                       @QueryParam("page") String page, @Context UriInfo uri) {
        return shown(id, channel, stream, time, sort, dir, page, uri);
    }

    @GET
    @Path("channels.csv")
    public Response channelsCsv(@PathParam("id") String id, @QueryParam("time") String time, @QueryParam("sort") String sort,
                                @QueryParam("dir") String dir) {
        return downloads.table(level(id, null, null), PageQuery.of(time, sort, dir, null));
    }

    @GET
    @Path("channels/{channel}/streams.csv")
    public Response streamsCsv(@PathParam("id") String id, @PathParam("channel") String channel, @QueryParam("time") String time,
                               @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        return downloads.table(level(id, channel, null), PageQuery.of(time, sort, dir, null));
    }

    @GET
    @Path("channels/{channel}/streams/{stream}/renditions.csv")
    public Response renditionsCsv(@PathParam("id") String id, @PathParam("channel") String channel,
                                  @PathParam("stream") String stream, @QueryParam("time") String time,
                                  @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        return downloads.table(level(id, channel, stream), PageQuery.of(time, sort, dir, null));
    }

    @GET
    @Path("series.csv")
    public Response gameSeries(@PathParam("id") String id, @QueryParam("time") String time, @QueryParam("metric") String metric) {
        return downloads.series(level(id, null, null), PageQuery.of(time, null, null, null), metric);
    }

    @GET
    @Path("channels/{channel}/series.csv")
    public Response channelSeries(@PathParam("id") String id, @PathParam("channel") String channel,
                                  @QueryParam("time") String time, @QueryParam("metric") String metric) {
        return downloads.series(level(id, channel, null), PageQuery.of(time, null, null, null), metric);
    }

    @GET
    @Path("channels/{channel}/streams/{stream}/series.csv")
    public Response streamSeries(@PathParam("id") String id, @PathParam("channel") String channel,
                                 @PathParam("stream") String stream, @QueryParam("time") String time,
                                 @QueryParam("metric") String metric) {
        return downloads.series(level(id, channel, stream), PageQuery.of(time, null, null, null), metric);
    }

    private View shown(String id, String channel, String stream, String time, String sort, String dir, String page, UriInfo uri) {
        Game game = pages.viewable(id);
        PageQuery q = PageQuery.of(time, sort, dir, page);
        String server = uri.getBaseUriBuilder().replacePath("").replaceQuery(null).build().toString().replaceAll("/$", "");
        return views.of(game, new Level(game.getId(), channel, stream), q, server);
    }

    private Level level(String id, String channel, String stream) {
        return new Level(pages.viewable(id).getId(), channel, stream);
    }
}
