package org.polymetric.streamstats.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.service.Summaries;
import org.polymetric.streamstats.store.Place;

/**
 * The summaries and series of one level: the customer, {@code /channels/{channel_id}} or
 * {@code /channels/{channel_id}/streams/{stream_id}} ({@code bitrate} and
 * {@code representation_id} narrow the stream level only, as the seed says). Every call first
 * finds the customer (401, 400 {@code game_id}, 404), then reads its parameters (400). Its figures
 * may come from a replica ({@link MayLag}: the kernel finds the customer on the primary).
 */
@MayLag
public final class LevelResource {
    private final StreamstatsResource services;
    private final String channelId;
    private final String streamId;

    LevelResource(StreamstatsResource services, String channelId, String streamId) {
        this.services = services;
        this.channelId = channelId;
        this.streamId = streamId;
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public Response summary(@BeanParam StatsQuery q) {
        long game = services.customers.resolve(q.gameId);
        Place place = place(q);
        Series window = q.window().series(System.currentTimeMillis());
        Optional<Paging> paging = q.paging();
        Summaries.Listing listing = services.summaries.listing(game, place, window, paging);
        List<JsonObject> rows = listing.page().stream().map(r -> StatsJson.summary(r, paging.isEmpty())).toList();
        return json(paging.<JsonStructure>map(p -> StatsJson.paged(p, listing.rows(), rows)).orElse(StatsJson.array(rows)));
    }

    @GET
    @Path("summary/agg")
    @Produces(MediaType.APPLICATION_JSON)
    public Response aggregate(@BeanParam StatsQuery q) {
        long game = services.customers.resolve(q.gameId);
        Place place = place(q);
        Series window = q.window().series(System.currentTimeMillis());
        return json(StatsJson.array(services.summaries.aggregate(game, place, window)
                .map(row -> List.of(StatsJson.summary(row, true))).orElse(List.of())));
    }

    @GET
    @Path(SeriesPath.TEMPLATE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response series(@PathParam("series") String path, @BeanParam StatsQuery q) {
        SeriesPath family = SeriesPath.of(path);
        long game = services.customers.resolve(q.gameId);
        Place place = place(q);
        Series series = q.window().series(System.currentTimeMillis());
        if (SeriesPath.lastPoint(path)) {
            series = new Series(series.lastPoint(), series.spacingMs(), 1, series.level());
        }
        if (family.breakdown() != null) {
            String field = family.breakdown().field();
            return json(StatsJson.array(services.breakdowns.points(game, place, series, family.breakdown()).stream()
                    .map(p -> StatsJson.point(p.datetime(), field, p.devices())).toList()));
        }
        Source source = q.source();
        long spacing = series.spacingMs();
        return json(StatsJson.array(services.seriesReads.points(game, place, series, family.columns()).stream()
                .map(p -> StatsJson.point(p.datetime(), family.field(source), family.value(p.figures(), source, spacing),
                        family.decimals())).toList()));
    }

    private Place place(StatsQuery q) {
        if (streamId != null) {
            return Place.stream(channelId, streamId, q.bitrate, q.representationId);
        }
        return channelId != null ? Place.channel(channelId) : Place.customer();
    }

    private static Response json(JsonStructure body) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }
}
