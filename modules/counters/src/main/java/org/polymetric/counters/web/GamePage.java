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
 * {@code GET /counters/games/{id}?counter=&region=&range=|start=&end=&chart=}: a game's counter
 * dashboard. Per chosen counter (default: those the game has data of, else {@code Ccu}) and
 * region (default: those with data): the current value, the peak and average over the range, and
 * a chart, drawn in the browser ({@code chart=js}, the default) or as the API's PNGs
 * ({@code chart=png}). Viewers of the game and above; anyone else gets the themed 404.
 */
@MayLag
@Path("counters/games/{id}")
@Produces(MediaType.TEXT_HTML)
public class GamePage {
    /** The ways the page draws its charts. */
    static final List<String> CHARTS = List.of("js", "png");

    @Inject
    PageGames pages;

    @Inject
    CounterOverview overview;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("counter") List<String> counterNames,
                     @QueryParam("region") List<String> regionTokens, @QueryParam("range") String choice,
                     @QueryParam("start") String start, @QueryParam("end") String end,
                     @QueryParam("cloud") String cloud, @QueryParam("cluster") String cluster, @QueryParam("chart") String chart) {
        Game game = pages.viewable(id);
        PageRange range = PageRange.of(choice, start, end, Clock.systemUTC());
        CounterOverview.Stored stored = overview.storedOf(game, Pages.wanted(cloud, cluster));
        List<Counter> counters = Pages.counters(counterNames);
        if (counters.isEmpty()) {
            counters = stored.counters().isEmpty() ? List.of(Counter.CCU) : new ArrayList<>(stored.counters());
        }
        List<Region> regions = Pages.regions(regionTokens);
        if (regions.isEmpty()) {
            regions = new ArrayList<>(stored.regions());
        }
        List<CounterOverview.Line> lines = regions.isEmpty() ? List.of()
                : overview.ofGame(game, stored.shown(), counters, regions, range.range());
        List<CounterCard> cards = new ArrayList<>();
        if (!regions.isEmpty()) {
            counters.forEach(c -> cards.add(Pages.card(c, lines, range)));
        }
        return Pages.game("counters/game", game, "dashboard", range, stored)
                .with("counters", counters.stream().map(Counter::counterName).toList())
                .with("regions", regions.stream().map(Region::token).toList())
                .with("chart", "png".equals(chart) ? "png" : "js")
                .with("charts", CHARTS)
                .with("cards", cards);
    }
}
