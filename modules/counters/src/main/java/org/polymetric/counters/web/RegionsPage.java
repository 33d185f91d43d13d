package org.polymetric.counters.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.PageGames;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /counters/games/{id}/regions?counter=&region=&range=|start=&end=}: one counter
 * (default {@code Ccu}, or the first the game has data of) across regions (default: those with
 * data): a line per region on one chart and a table of each region's current value, peak and
 * average. Viewers of the game and above; anyone else gets the themed 404.
 */
@MayLag
@Path("counters/games/{id}/regions")
@Produces(MediaType.TEXT_HTML)
public class RegionsPage {
    @Inject
    PageGames pages;

    @Inject
    CounterOverview overview;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("counter") String counterName,
                     @QueryParam("region") List<String> regionTokens, @QueryParam("range") String choice,
                     @QueryParam("start") String start, @QueryParam("end") String end,
                     @QueryParam("cloud") String cloud, @QueryParam("cluster") String cluster) {
        Game game = pages.viewable(id);
        PageRange range = PageRange.of(choice, start, end, Clock.systemUTC());
        CounterOverview.Stored stored = overview.storedOf(game, Pages.wanted(cloud, cluster));
        Counter counter = Counter.of(Counter.Kind.APP, counterName).orElse(
                stored.counters().isEmpty() || stored.counters().contains(Counter.CCU) ? Counter.CCU
                        : stored.counters().iterator().next());
        List<Region> regions = Pages.regions(regionTokens);
        if (regions.isEmpty()) {
            regions = new ArrayList<>(stored.regions());
        }
        CounterCard card = regions.isEmpty() ? null
                : Pages.card(counter, overview.ofGame(game, stored.shown(), List.of(counter), regions, range.range()), range);
        return Pages.game("counters/regions", game, "regions", range, stored)
                .with("counter", counter.counterName())
                .with("counters", List.of(counter.counterName()))
                .with("regions", regions.stream().map(Region::token).toList())
                .with("card", card);
    }
}
