package org.polymetric.streamstats.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.service.Breakdowns;
import org.polymetric.streamstats.service.SeriesReads;
import org.polymetric.streamstats.service.SummaryRow;
import org.polymetric.streamstats.service.Summaries;

/**
 * What the pages and their downloads show, read through the Stats API's own services (one
 * reading path): the table's rows, the rollup series as cdn and p2p lines, the device
 * breakdowns of a series.
 */
@ApplicationScoped
public class LevelReads {
    @Inject
    Summaries summaries;

    @Inject
    SeriesReads seriesReads;

    @Inject
    Breakdowns breakdowns;

    /** A page of the level's table in the asked order, and how many pages there are. */
    public record Table(List<TableRow> rows, int page, int totalPages, int allRows) {
    }

    Table table(Level level, PageQuery q, Series window) {
        Summaries.Listing listing = summaries.sorted(level.gameId(), level.place(), window, q.sort().order(q.descending()),
                q.paging());
        return new Table(listing.page().stream().map(r -> TableRow.of(level, r)).toList(), q.paging().page(),
                q.paging().totalPages(listing.rows()), listing.rows());
    }

    /** Every row of the level's table in the asked order (the CSV download). */
    List<SummaryRow> allRows(Level level, PageQuery q, Series window) {
        return summaries.ordered(level.gameId(), level.place(), window, q.sort().order(q.descending()));
    }

    /** Each rollup metric's values per point and source: metric → source → point start → value (points without a value left out). */
    Map<ChartMetric, Map<Source, Map<Long, Double>>> lines(Level level, Series series) {
        List<SeriesReads.Point> points = seriesReads.points(level.gameId(), level.place(), series);
        Map<ChartMetric, Map<Source, Map<Long, Double>>> out = new LinkedHashMap<>();
        for (ChartMetric m : ChartMetric.charts()) {
            Map<Source, Map<Long, Double>> bySource = new LinkedHashMap<>();
            for (Source source : Source.values()) {
                Map<Long, Double> values = new TreeMap<>();
                for (SeriesReads.Point p : points) {
                    Double v = m.path().value(p.figures(), source, series.spacingMs());
                    if (v != null) {
                        values.put(p.datetime(), v);
                    }
                }
                bySource.put(source, values);
            }
            out.put(m, bySource);
        }
        return out;
    }

    List<Breakdowns.Point> breakdown(Level level, Series series, ChartMetric metric) {
        return breakdowns.points(level.gameId(), level.place(), series, metric.breakdown());
    }
}
