package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.streamstats.domain.Block;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.WindowDevices;
import org.polymetric.streamstats.store.Place;
import org.polymetric.streamstats.store.RollupBytes;
import org.polymetric.streamstats.store.RollupReader;
import org.polymetric.streamstats.store.ScopeReader;
import org.polymetric.streamstats.store.ScopeRow;

/**
 * {@code /summary} and {@code /summary/agg} of a window. Throughput from the rollup rows of the
 * window's blocks; devices and viewing time from the device rows of the renditions under each
 * row. A paged summary works out the page's rows first and reads rollup and device rows for those
 * only.
 */
@ApplicationScoped
public class Summaries {
    @Inject
    ScopeReader scopes;

    @Inject
    RollupReader rollups;

    @Inject
    PendingRollups pending;

    @Inject
    DeviceTally tally;

    /** A page of rows (all rows when not paged), and how many rows all pages hold. */
    public record Listing(int rows, List<SummaryRow> page) {
    }

    /** The rows of a place with figures in the window, in key order. */
    public Listing listing(long gameId, Place place, Series window, Optional<Paging> paging) {
        pending.fold();
        List<Block> blocks = window.blocks();
        List<ScopeRow> all = scopes.listed(gameId, place, blocks);
        List<ScopeRow> page = paging.map(p -> p.of(all)).orElse(all);
        if (page.isEmpty()) {
            return new Listing(all.size(), List.of());
        }
        Map<Long, RollupBytes> bytes = rollups.bytesPerScope(gameId, blocks, page.stream().map(ScopeRow::id).toList());
        Map<Long, Long> rowOf = scopes.rowsOfRenditions(gameId, place, page);
        Map<Long, WindowDevices> devices = tally.devices(gameId, window.startMs(), window.endMs(), rowOf.keySet(), rowOf::get);
        List<SummaryRow> rows = page.stream().map(row -> SummaryRow.of(row, bytes.getOrDefault(row.id(), RollupBytes.NONE),
                devices.get(row.id()), window.endMs() - window.startMs())).toList();
        return new Listing(all.size(), rows);
    }

    /**
     * A page of the rows ordered by {@code order} (the pages' sortable tables); null keeps key order,
     * which pages without reading the other rows' figures. Any other order needs every row's
     * figures first.
     */
    public Listing sorted(long gameId, Place place, Series window, Comparator<SummaryRow> order, Paging paging) {
        if (order == null) {
            return listing(gameId, place, window, Optional.of(paging));
        }
        List<SummaryRow> rows = ordered(gameId, place, window, order);
        return new Listing(rows.size(), paging.of(rows));
    }

    /** Every row, ordered by {@code order} (null: key order); the sort is stable, so rows that tie stay in key order. */
    public List<SummaryRow> ordered(long gameId, Place place, Series window, Comparator<SummaryRow> order) {
        List<SummaryRow> rows = new ArrayList<>(listing(gameId, place, window, Optional.empty()).page());
        if (order != null) {
            rows.sort(order);
        }
        return rows;
    }

    /** The whole place over the window; empty when the place never reported (an unknown channel or stream). */
    public Optional<SummaryRow> aggregate(long gameId, Place place, Series window) {
        pending.fold();
        List<Long> sources = scopes.sources(gameId, place);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        RollupBytes bytes = rollups.bytesPerScope(gameId, window.blocks(), sources).values().stream()
                .reduce(RollupBytes.NONE, RollupBytes::plus);
        List<Long> renditions = place.whole() ? null : scopes.renditions(gameId, place).stream().map(ScopeRow::id).toList();
        WindowDevices devices = tally.devices(gameId, window.startMs(), window.endMs(), renditions, id -> Boolean.TRUE)
                .get(Boolean.TRUE);
        return Optional.of(SummaryRow.of(null, bytes, devices, window.endMs() - window.startMs()));
    }
}
