package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.store.Place;
import org.polymetric.streamstats.store.RollupFigures;
import org.polymetric.streamstats.store.RollupReader;
import org.polymetric.streamstats.store.ScopeReader;

/**
 * The rollup figures of each point of a series (throughput, means, rebuffering): one bucket of the
 * place's own scope per point ({@code 1M}: six hour buckets), by key. Points without any row are
 * left out: the series lists what the database holds in the window.
 */
@ApplicationScoped
public class SeriesReads {
    @Inject
    ScopeReader scopes;

    @Inject
    RollupReader rollups;

    @Inject
    PendingRollups pending;

    /** A point's start and its sums. */
    public record Point(long datetime, RollupFigures figures) {
    }

    /** Every figure of each point (the pages' charts draw them all). */
    public List<Point> points(long gameId, Place place, Series series) {
        return points(gameId, place, series, RollupFigures.COLUMNS);
    }

    /** The sums of {@code columns} only (those of one figure, {@link RollupFigures#BYTES} and the like) of each point. */
    public List<Point> points(long gameId, Place place, Series series, List<String> columns) {
        pending.fold();
        List<Long> sources = scopes.sources(gameId, place);
        if (sources.isEmpty()) {
            return List.of();
        }
        List<Long> buckets = new ArrayList<>();
        for (long b = series.startMs(); b < series.endMs(); b += series.level().millis()) {
            buckets.add(b);
        }
        Map<Long, RollupFigures> points = new TreeMap<>();
        rollups.perBucket(gameId, series.level(), buckets, sources, columns)
                .forEach((bucket, f) -> points.merge(series.pointOf(bucket), f, RollupFigures::plus));
        return points.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList();
    }
}
