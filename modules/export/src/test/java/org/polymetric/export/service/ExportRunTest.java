package org.polymetric.export.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.Sums;
import org.polymetric.export.domain.Tier;
import org.polymetric.export.store.BucketRow;
import org.polymetric.export.store.DimensionValues;
import org.polymetric.export.store.RollupRows;

/** The grouping into intervals, zero filling and ordering, against in-memory stores. */
class ExportRunTest {
    private static final long MINUTE = 60_000L;
    private static final long T0 = 1_796_400_000_000L; // a whole hour
    private static final long NOW = T0 + 2 * 3_600_000L;
    private static final long GAME = 7;

    /** One stored full row. */
    record Row(Tier tier, long bucket, Map<Dimension, Integer> ids, Sums sums) {
    }

    /** Rollups and values in memory, as the store's contract reads them. */
    static final class Store implements RollupRows, DimensionValues {
        final List<Row> rows = new ArrayList<>();
        final Map<Dimension, Map<Integer, String>> values = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        SQLException failure;

        int value(Dimension d, String v) {
            Map<Integer, String> m = values.computeIfAbsent(d, k -> new LinkedHashMap<>());
            for (Map.Entry<Integer, String> e : m.entrySet()) {
                if (e.getValue().equals(v)) {
                    return e.getKey();
                }
            }
            int id = 1 + values.values().stream().mapToInt(Map::size).sum();
            m.put(id, v);
            return id;
        }

        void add(Tier tier, long bucket, Map<Dimension, String> of, Sums sums) {
            Map<Dimension, Integer> ids = new HashMap<>();
            of.forEach((d, v) -> ids.put(d, v.isEmpty() ? 0 : value(d, v)));
            rows.add(new Row(tier, bucket, ids, sums));
        }

        @Override
        public void read(long gameId, Tier tier, long fromMs, long toMs, List<Dimension> dimensions, Map<Dimension, int[]> filters,
                         BucketRow sink) throws SQLException {
            calls.add("read " + tier + " " + fromMs + " " + toMs);
            if (failure != null) {
                throw failure;
            }
            rows.stream().filter(r -> r.tier == tier && r.bucket >= fromMs && r.bucket < toMs)
                    .filter(r -> filters.entrySet().stream().allMatch(f -> contains(f.getValue(), r.ids.getOrDefault(f.getKey(), 0))))
                    .sorted((a, b) -> Long.compare(a.bucket, b.bucket))
                    .forEach(r -> sink.accept(r.bucket, dimensions.stream().mapToInt(d -> r.ids.getOrDefault(d, 0)).toArray(), r.sums));
        }

        private static boolean contains(int[] ids, int id) {
            for (int i : ids) {
                if (i == id) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Map<String, Integer> ids(long gameId, Dimension dimension, Collection<String> asked) {
            calls.add("ids " + dimension + " " + asked);
            Map<String, Integer> out = new HashMap<>();
            values.getOrDefault(dimension, Map.of()).forEach((id, v) -> {
                if (asked.contains(v)) {
                    out.put(v, id);
                }
            });
            return out;
        }

        @Override
        public Map<Integer, String> values(long gameId, Dimension dimension, Collection<Integer> ids) throws SQLException {
            calls.add("values " + dimension + " " + ids.stream().sorted().toList());
            Map<Integer, String> out = new HashMap<>();
            for (int id : ids) {
                out.put(id, id == 0 ? "" : values.get(dimension).get(id));
            }
            return out;
        }

        @Override
        public List<String> suggestions(long gameId, Dimension dimension, String prefix, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private final Store store = new Store();

    private static Sums sums(long http) {
        return new Sums(http, 2 * http, 3 * http, 4 * http, 30_000);
    }

    private List<ExportLine> run(long from, long to, String interval, List<String> metrics, Map<String, List<String>> filters,
                                 List<String> dimensions) throws IOException, SQLException {
        ExportQuery q = ExportQuery.of(from, to, interval, metrics, filters, dimensions, NOW);
        List<ExportLine> lines = new ArrayList<>();
        ExportRun.prepare(store, store, GAME, q).writeTo(lines::add);
        return lines;
    }

    private static ExportLine line(long t, List<String> values, Number... metrics) {
        return new ExportLine(t, values, List.of(metrics));
    }

    @Test
    void withoutDimensionsEveryIntervalOfTheRangeAppearsZerosIncluded() throws Exception {
        store.add(Tier.MINUTE, T0 + 2 * MINUTE, Map.of(Dimension.BROWSER, "Chrome"), sums(10));
        store.add(Tier.MINUTE, T0 + 2 * MINUTE, Map.of(Dimension.BROWSER, "Firefox"), sums(5));
        store.add(Tier.MINUTE, T0 + 4 * MINUTE, Map.of(), sums(1));
        assertEquals(List.of(
                line(T0, List.of(), 0L, 0L),
                line(T0 + MINUTE, List.of(), 0L, 0L),
                line(T0 + 2 * MINUTE, List.of(), 15L, 30L),
                line(T0 + 3 * MINUTE, List.of(), 0L, 0L),
                line(T0 + 4 * MINUTE, List.of(), 1L, 2L),
                line(T0 + 5 * MINUTE, List.of(), 0L, 0L)), run(T0, T0 + 6 * MINUTE, "1m", List.of("http", "p2p"), null, null));
        assertEquals(List.of("read MINUTE " + T0 + " " + (T0 + 6 * MINUTE)), store.calls);
    }

    @Test
    void aRangeWithoutRowsIsAllZeros() throws Exception {
        List<ExportLine> lines = run(T0, T0 + 3_600_000L, "5m", List.of("sessions", "played"), null, null);
        assertEquals(12, lines.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(line(T0 + i * 5 * MINUTE, List.of(), new BigDecimal("0"), 0L), lines.get(i));
        }
    }

    @Test
    void theBucketsOfAnIntervalAddUpAndSessionsAreTheirTimeOverItsLength() throws Exception {
        for (int m = 0; m < 5; m++) {
            store.add(Tier.MINUTE, T0 + m * MINUTE, Map.of(), sums(m + 1));
        }
        store.add(Tier.MINUTE, T0 + 7 * MINUTE, Map.of(), new Sums(1, 0, 0, 0, 20_000));
        // five minutes of 30 s of beacon each: 150 s over 300 s = 0.5 sessions; then 20 s over 300 s
        assertEquals(List.of(
                line(T0, List.of(), 15L, 60L, new BigDecimal("0.5")),
                line(T0 + 5 * MINUTE, List.of(), 1L, 0L, new BigDecimal("0.067"))),
                run(T0, T0 + 10 * MINUTE, "5m", List.of("http", "rebuffered", "sessions"), null, null));
    }

    @Test
    void eachIntervalReadsItsTier() throws Exception {
        long day = 86_400_000L;
        store.add(Tier.DAY, T0 / day * day - day, Map.of(), sums(9));
        store.add(Tier.MINUTE, T0 / day * day - day, Map.of(), sums(1000));
        assertEquals(List.of(line(T0 / day * day - day, List.of(), 9L)),
                run(T0 / day * day - day, T0 / day * day, "1d", List.of("http"), null, null));
        assertEquals(List.of("read DAY " + (T0 / day * day - day) + " " + T0 / day * day), store.calls);
    }

    @Test
    void withDimensionsOnlyCombinationsWithDataAppearAddedUpAndInCodePointOrder() throws Exception {
        store.add(Tier.MINUTE, T0, Map.of(Dimension.BROWSER, "Firefox", Dimension.OS, "iOS"), sums(1));
        store.add(Tier.MINUTE, T0, Map.of(Dimension.BROWSER, "Chrome", Dimension.OS, "iOS"), sums(2));
        store.add(Tier.MINUTE, T0 + MINUTE, Map.of(Dimension.BROWSER, "Chrome", Dimension.OS, "Android"), sums(3));
        store.add(Tier.MINUTE, T0 + MINUTE, Map.of(Dimension.BROWSER, "Chrome", Dimension.OS, "iOS"), sums(4));
        store.add(Tier.MINUTE, T0 + 3 * MINUTE, Map.of(Dimension.BROWSER, "\uD83D\uDE00", Dimension.OS, "iOS"), sums(5));
        store.add(Tier.MINUTE, T0 + 3 * MINUTE, Map.of(Dimension.BROWSER, "\uFFFD", Dimension.OS, "iOS"), sums(6));
        store.add(Tier.MINUTE, T0 + 3 * MINUTE, Map.of(Dimension.BROWSER, "", Dimension.OS, "iOS"), sums(7));
        store.add(Tier.MINUTE, T0 + 3 * MINUTE, Map.of(Dimension.BROWSER, "Chrome", Dimension.OS, "iOS"), sums(8));
        assertEquals(List.of(
                // the five minutes: Chrome/iOS 2 + 4 + 8, by the first value then the second
                line(T0, List.of("", "iOS"), 7L),
                line(T0, List.of("Chrome", "Android"), 3L),
                line(T0, List.of("Chrome", "iOS"), 14L),
                line(T0, List.of("Firefox", "iOS"), 1L),
                line(T0, List.of("\uFFFD", "iOS"), 6L),
                line(T0, List.of("\uD83D\uDE00", "iOS"), 5L)),
                run(T0, T0 + 5 * MINUTE, "5m", List.of("http"), null, List.of("browser.name", "os.name")));
        List<ExportLine> minutes = run(T0, T0 + 5 * MINUTE, "1m", List.of("http"), null, List.of("browser.name"));
        // no line for minute 2 (no data); U+FFFD before U+1F600 by code point, "" first
        assertEquals(List.of(
                line(T0, List.of("Chrome"), 2L),
                line(T0, List.of("Firefox"), 1L),
                line(T0 + MINUTE, List.of("Chrome"), 7L),
                line(T0 + 3 * MINUTE, List.of(""), 7L),
                line(T0 + 3 * MINUTE, List.of("Chrome"), 8L),
                line(T0 + 3 * MINUTE, List.of("\uFFFD"), 6L),
                line(T0 + 3 * MINUTE, List.of("\uD83D\uDE00"), 5L)), minutes);
    }

    @Test
    void valuesAreLookedUpOncePerIntervalAndOnlyForIdsNotSeenBefore() throws Exception {
        store.add(Tier.MINUTE, T0, Map.of(Dimension.PAGE, "/a"), sums(1));
        store.add(Tier.MINUTE, T0, Map.of(Dimension.PAGE, "/b"), sums(1));
        store.add(Tier.MINUTE, T0 + MINUTE, Map.of(Dimension.PAGE, "/a"), sums(1));
        store.add(Tier.MINUTE, T0 + 2 * MINUTE, Map.of(Dimension.PAGE, "/a"), sums(1));
        store.add(Tier.MINUTE, T0 + 2 * MINUTE, Map.of(Dimension.PAGE, "/c"), sums(1));
        store.add(Tier.MINUTE, T0 + 2 * MINUTE, Map.of(Dimension.PAGE, ""), sums(1));
        run(T0, T0 + 3 * MINUTE, "1m", List.of("http"), null, List.of("session.page"));
        int a = store.value(Dimension.PAGE, "/a");
        int b = store.value(Dimension.PAGE, "/b");
        int c = store.value(Dimension.PAGE, "/c");
        assertEquals(List.of("read MINUTE " + T0 + " " + (T0 + 3 * MINUTE), "values PAGE " + List.of(a, b), "values PAGE " + List.of(c)),
                store.calls);
    }

    @Test
    void filtersBecomeIdsAndNoValueIsIdZero() throws Exception {
        store.add(Tier.MINUTE, T0, Map.of(Dimension.COUNTRY, "FR", Dimension.OS, "iOS"), sums(1));
        store.add(Tier.MINUTE, T0, Map.of(Dimension.COUNTRY, "DE", Dimension.OS, "iOS"), sums(2));
        store.add(Tier.MINUTE, T0, Map.of(Dimension.COUNTRY, "", Dimension.OS, "Android"), sums(4));
        assertEquals(List.of(line(T0, List.of(), 5L)),
                run(T0, T0 + MINUTE, "1m", List.of("http"), Map.of("country.code", List.of("FR", "", "US")), null));
        assertEquals(List.of(line(T0, List.of("iOS"), 2L)),
                run(T0, T0 + MINUTE, "1m", List.of("http"), Map.of("country.code", List.of("DE")), List.of("os.name")));
        // combined: filter on one dimension, split by it and another
        assertEquals(List.of(line(T0, List.of("DE", "iOS"), 2L), line(T0, List.of("FR", "iOS"), 1L)),
                run(T0, T0 + MINUTE, "1m", List.of("http"), Map.of("os.name", List.of("iOS")), List.of("country.code", "os.name")));
    }

    @Test
    void aFilterNoneOfWhoseValuesIsStoredMatchesNothing() throws Exception {
        store.add(Tier.MINUTE, T0, Map.of(Dimension.COUNTRY, "FR"), sums(1));
        assertEquals(List.of(line(T0, List.of(), 0L), line(T0 + MINUTE, List.of(), 0L)),
                run(T0, T0 + 2 * MINUTE, "1m", List.of("http"), Map.of("country.code", List.of("US")), null));
        assertEquals(List.of(), run(T0, T0 + 2 * MINUTE, "1m", List.of("http"), Map.of("country.code", List.of("US")),
                List.of("country.code")));
    }

    @Test
    void aDatabaseFailureIsStoreUnavailable() {
        store.failure = new SQLException("gone");
        StoreUnavailable e = assertThrows(StoreUnavailable.class,
                () -> run(T0, T0 + MINUTE, "1m", List.of("http"), null, null));
        assertEquals("gone", e.getCause().getMessage());
    }

    @Test
    void linesAreHandedOverIntervalByIntervalWhileTheRowsAreRead() throws Exception {
        for (int m = 0; m < 60; m++) {
            store.add(Tier.MINUTE, T0 + m * MINUTE, Map.of(Dimension.OS, "iOS"), sums(1));
        }
        ExportQuery q = ExportQuery.of(T0, T0 + 3_600_000L, "1m", List.of("http"), null, List.of("os.name"), NOW);
        int[] readSoFar = {0};
        List<Integer> seenAt = new ArrayList<>();
        RollupRows counting = (game, tier, from, to, dims, filters, sink) -> store.read(game, tier, from, to, dims, filters,
                (bucket, ids, s) -> {
                    readSoFar[0]++;
                    sink.accept(bucket, ids, s);
                });
        ExportRun.prepare(counting, store, GAME, q).writeTo(line -> seenAt.add(readSoFar[0]));
        // each minute's line leaves once the next minute's first row arrives, not after the last
        assertEquals(60, seenAt.size());
        for (int m = 0; m < 59; m++) {
            assertEquals(m + 2, seenAt.get(m));
        }
        assertEquals(60, seenAt.get(59));
    }
}
