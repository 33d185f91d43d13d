package org.polymetric.export.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.Metric;
import org.polymetric.export.domain.Sums;
import org.polymetric.export.store.BucketRow;
import org.polymetric.export.store.DimensionValues;
import org.polymetric.export.store.RollupRows;

/**
 * One export of one game, ready to stream: its filters are already value ids. {@link #writeTo}
 * reads the rollups of the interval's tier in one pass, adds up the buckets of each output
 * interval and the repeated combinations, turns ids into values (asking only for ids not seen
 * before in this export) and hands the interval's lines to the sink, sorted, before it reads the
 * next interval: memory holds one interval, never the range.
 */
public final class ExportRun implements ExportSource {
    private final RollupRows rows;
    private final DimensionValues values;
    private final long gameId;
    private final ExportQuery query;
    private final Map<Dimension, int[]> filterIds;

    private ExportRun(RollupRows rows, DimensionValues values, long gameId, ExportQuery query, Map<Dimension, int[]> filterIds) {
        this.rows = rows;
        this.values = values;
        this.gameId = gameId;
        this.query = query;
        this.filterIds = filterIds;
    }

    /**
     * Translates the query's filter values into the game's value ids: {@code ""} is id 0, a value
     * never stored has none, so a filter none of whose values is stored matches nothing.
     */
    static ExportRun prepare(RollupRows rows, DimensionValues values, long gameId, ExportQuery query) throws SQLException {
        Map<Dimension, int[]> ids = new EnumMap<>(Dimension.class);
        for (Map.Entry<Dimension, List<String>> filter : query.filters().entrySet()) {
            List<String> stored = filter.getValue().stream().filter(v -> !v.isEmpty()).toList();
            Collection<Integer> found = stored.isEmpty() ? List.of() : values.ids(gameId, filter.getKey(), stored).values();
            boolean none = filter.getValue().contains("");
            int[] array = new int[found.size() + (none ? 1 : 0)];
            int i = 0;
            for (int id : found) {
                array[i++] = id;
            }
            if (none) {
                array[i] = 0;
            }
            ids.put(filter.getKey(), array);
        }
        return new ExportRun(rows, values, gameId, query, ids);
    }

    @Override
    public ExportQuery query() {
        return query;
    }

    /**
     * Hands the export's lines to {@code sink}: without dimensions one per interval of the range,
     * zeros included; with dimensions one per combination that has data in the interval.
     *
     * @throws StoreUnavailable when the database does not answer
     */
    @Override
    public void writeTo(ExportSink sink) throws IOException {
        Grouping grouping = new Grouping(sink);
        try {
            rows.read(gameId, query.interval().tier(), query.fromMs(), query.toMs(), query.dimensions(), filterIds, grouping);
            grouping.finish();
        } catch (SQLException e) {
            throw new StoreUnavailable("reading the export rollups of game " + gameId, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Translation e) {
            throw new StoreUnavailable("reading the dimension values of game " + gameId, e.getCause());
        }
    }

    /** A failed value lookup inside the row callback, which may throw nothing checked. */
    private static final class Translation extends RuntimeException {
        Translation(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Adds up the rows of the current output interval and hands it over when the next begins. */
    private final class Grouping implements BucketRow {
        private final ExportSink sink;
        private final long intervalMs = query.interval().ms();
        private final List<Dimension> dimensions = query.dimensions();
        private final List<Map<Integer, String>> known = new ArrayList<>();
        /** Sums by the value ids packed in a long (ids are unsigned 32-bit: two fit). */
        private final Map<Long, long[]> sums = new HashMap<>();
        private long current = Long.MIN_VALUE;
        /** The first interval not yet handed over (without dimensions, where zeros fill the gaps). */
        private long next = query.fromMs();

        Grouping(ExportSink sink) {
            this.sink = sink;
            for (int i = 0; i < dimensions.size(); i++) {
                Map<Integer, String> m = new HashMap<>();
                m.put(0, "");
                known.add(m);
            }
        }

        @Override
        public void accept(long bucketMs, int[] valueIds, Sums s) {
            long start = Math.floorDiv(bucketMs, intervalMs) * intervalMs;
            if (start != current) {
                flush();
                current = start;
            }
            long key = 0;
            for (int i = 0; i < dimensions.size(); i++) {
                key = (key << 32) | (valueIds[i] & 0xffff_ffffL);
            }
            long[] acc = sums.computeIfAbsent(key, k -> new long[5]);
            acc[0] += s.http();
            acc[1] += s.p2p();
            acc[2] += s.played();
            acc[3] += s.rebuffered();
            acc[4] += s.sessionMs();
        }

        void finish() {
            flush();
            zerosUntil(query.toMs());
        }

        private void flush() {
            if (current == Long.MIN_VALUE) {
                return;
            }
            try {
                if (dimensions.isEmpty()) {
                    zerosUntil(current);
                    long[] acc = sums.get(0L);
                    sink.accept(line(current, List.of(), acc == null ? new long[5] : acc));
                    next = current + intervalMs;
                } else {
                    handOver();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sums.clear();
        }

        private void handOver() throws IOException {
            translate();
            List<Map.Entry<List<String>, long[]>> lines = new ArrayList<>(sums.size());
            for (Map.Entry<Long, long[]> e : sums.entrySet()) {
                lines.add(Map.entry(valuesOf(e.getKey()), e.getValue()));
            }
            lines.sort(Map.Entry.comparingByKey(CodePointOrder.VALUES));
            for (Map.Entry<List<String>, long[]> l : lines) {
                sink.accept(line(current, l.getKey(), l.getValue()));
            }
        }

        /** Looks up the values of the interval's ids not seen before, one call per dimension. */
        private void translate() {
            for (int i = 0; i < dimensions.size(); i++) {
                Map<Integer, String> cache = known.get(i);
                Set<Integer> missing = new HashSet<>();
                for (long key : sums.keySet()) {
                    int id = idOf(key, i);
                    if (!cache.containsKey(id)) {
                        missing.add(id);
                    }
                }
                if (!missing.isEmpty()) {
                    try {
                        cache.putAll(values.values(gameId, dimensions.get(i), missing));
                    } catch (SQLException e) {
                        throw new Translation(e);
                    }
                }
            }
        }

        private int idOf(long key, int dimension) {
            return (int) (key >>> (32 * (dimensions.size() - 1 - dimension)));
        }

        private List<String> valuesOf(long key) {
            List<String> out = new ArrayList<>(dimensions.size());
            for (int i = 0; i < dimensions.size(); i++) {
                int id = idOf(key, i);
                String v = known.get(i).get(id);
                if (v == null) {
                    throw new IllegalStateException("value id " + Integer.toUnsignedString(id) + " of " + dimensions.get(i).key()
                            + " of game " + gameId + " is not stored");
                }
                out.add(v);
            }
            return out;
        }

        private void zerosUntil(long end) {
            if (!dimensions.isEmpty()) {
                return;
            }
            try {
                for (; next < end; next += intervalMs) {
                    sink.accept(line(next, List.of(), new long[5]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ExportLine line(long timestamp, List<String> dimensionValues, long[] acc) {
            Sums s = new Sums(acc[0], acc[1], acc[2], acc[3], acc[4]);
            List<Number> metrics = new ArrayList<>(query.metrics().size());
            for (Metric m : query.metrics()) {
                metrics.add(s.value(m, intervalMs));
            }
            return new ExportLine(timestamp, dimensionValues, metrics);
        }
    }
}
