package org.polymetric.counters.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.polymetric.counters.domain.CloudCluster;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.PageGames;

/**
 * {@code GET /counters/games/{id}/csv?counter=&region=&start=&end=} (or {@code range=}), and
 * {@code cloud=&cluster=} (the public cloud's default cluster if absent): one series of a game as
 * the pages show it, a row per point. Viewers of the game; anyone else, and
 * an unknown counter or region, 404; a bad range 400.
 */
@MayLag
@Path("counters/games/{id}/csv")
public class GameCsv {
    @Inject
    PageGames pages;

    @Inject
    CounterOverview overview;

    @GET
    public Response download(@PathParam("id") String id, @QueryParam("counter") String counter,
                             @QueryParam("region") String region, @QueryParam("range") String choice,
                             @QueryParam("start") String start, @QueryParam("end") String end,
                             @QueryParam("cloud") String cloud, @QueryParam("cluster") String cluster) {
        Game game = pages.viewable(id);
        Counter c = Counter.of(Counter.Kind.APP, counter).orElseThrow(NotFoundException::new);
        Region r = Region.of(region).orElseThrow(NotFoundException::new);
        PageRange range = CsvDownloads.range(PageRange.of(choice, start, end, Clock.systemUTC()));
        CloudCluster where = CloudCluster.of(cloud, cluster);
        var line = overview.ofGame(game, where, List.of(c), List.of(r), range.range()).get(0);
        String place = where.equals(CloudCluster.DEFAULT) ? "" : "-" + where.cloud() + "-" + where.cluster();
        return CsvDownloads.of(line, "game-" + game.getId() + place + "-" + c.counterName() + "-" + r.token(), range);
    }
}
