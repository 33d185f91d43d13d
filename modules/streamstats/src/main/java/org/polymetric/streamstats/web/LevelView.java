package org.polymetric.streamstats.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.SvgChart;
import org.polymetric.kernel.web.View;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.TimeWindow;
import org.polymetric.streamstats.service.Breakdowns;

/**
 * A game's, channel's or stream's page: the window picker, the table of its channels, streams or
 * renditions (sortable, paged), a chart per rollup series and the device breakdowns of the
 * window's last point (the devices seen in its latest complete point, as {@code /last_point}
 * answers); on the game's page also the setup card.
 */
@ApplicationScoped
public class LevelView {
    @Inject
    LevelReads reads;

    /** A column heading: its name (a message key's end), the link that sorts by it, and whether the table is sorted by it. */
    public record Heading(String column, String params, boolean sorted, boolean descending) {
    }

    /** A chart of one rollup series. */
    public record Chart(String metric, String svg, boolean hasData) {
    }

    /** A device breakdown of the last point. */
    public record Breakdown(String metric, Map<String, Integer> devices) {
    }

    /** A window choice of the picker and its link. */
    public record Choice(String time, String params, boolean chosen) {
    }

    View of(Game game, Level level, PageQuery q, String server) {
        Series window = q.window().series(System.currentTimeMillis());
        LevelReads.Table table = reads.table(level, q, window);
        List<Heading> headings = new ArrayList<>();
        for (SortColumn c : SortColumn.values()) {
            headings.add(new Heading(c.wire(), q.sortParams(c), c == q.sort(), c == q.sort() && q.descending()));
        }
        List<Chart> charts = new ArrayList<>();
        reads.lines(level, window).forEach((metric, bySource) -> {
            SvgChart chart = new SvgChart(window.times(), window.spacingMs());
            bySource.forEach((source, values) -> chart.line(source.wire(), values));
            charts.add(new Chart(metric.wire(), chart.svg(metric.wire()), chart.hasData()));
        });
        Series last = new Series(window.lastPoint(), window.spacingMs(), 1, window.level());
        List<Breakdown> breakdowns = new ArrayList<>();
        for (ChartMetric m : ChartMetric.breakdowns()) {
            List<Breakdowns.Point> points = reads.breakdown(level, last, m);
            breakdowns.add(new Breakdown(m.wire(), points.isEmpty() ? Map.of() : points.get(0).devices()));
        }
        List<Choice> choices = new ArrayList<>();
        for (TimeWindow w : TimeWindow.values()) {
            choices.add(new Choice(w.wire(), q.params(w), w == q.window()));
        }
        return View.of("streamstats/level").with("game", game).with("level", level).with("query", q)
                .with("time", q.window().wire()).with("live", q.live()).with("choices", choices)
                .with("table", table).with("headings", headings)
                .with("previous", table.page() > 0 ? q.params(q.sort(), q.descending(), table.page() - 1) : null)
                .with("next", table.page() + 1 < table.totalPages() ? q.params(q.sort(), q.descending(), table.page() + 1) : null)
                .with("charts", charts).with("breakdowns", breakdowns)
                .with("lastPoint", SvgChart.labels(window.spacingMs()).format(Instant.ofEpochMilli(last.startMs())))
                .with("setup", SetupCard.of(server, game.getKey(), game.getId()));
    }
}
