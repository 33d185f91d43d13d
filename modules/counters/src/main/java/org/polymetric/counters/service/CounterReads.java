package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.polymetric.counters.domain.Aggregation;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.domain.Source;
import org.polymetric.counters.domain.XportStep;
import org.polymetric.counters.store.Resolution;
import org.polymetric.counters.store.RollupReader;
import org.polymetric.counters.store.SeriesDirectory;
import org.polymetric.counters.store.SeriesKey;

/**
 * Answers queries: the figure of each series over its range (the counter's average or
 * maximum; {@code 0} when there is no data, as Photon answers a number) and its xport (the
 * figure per step, {@code null} where a step has no data, {@code []} when the range has none).
 * Queries over the same range read together, one SQL statement for all their series.
 */
@ApplicationScoped
public class CounterReads {
    @Inject
    Owners owners;

    @Inject
    SeriesDirectory series;

    @Inject
    RollupReader rollups;

    Clock clock = Clock.systemUTC();

    /**
     * What one query answered: its figure and xport, or its problem.
     *
     * @param spread the peak and average over the whole range, whatever the counter's aggregation
     *               (the pages show both); null when the figures were not asked for
     */
    public record Answer(CounterQuery query, Number figure, Xport xport, String problem, Spread spread) {
    }

    /**
     * A series over a range: its largest sample and the mean of its samples (Σ sum / Σ count),
     * rounded as figures are; both null when the range holds no sample.
     */
    public record Spread(Number peak, Number average) {
        static final Spread NONE = new Spread(null, null);

        public boolean isEmpty() {
            return peak == null;
        }
    }

    /** The figure per step: {@code values} aligned with {@code times} (epoch seconds), null where a step had no data. */
    public record Xport(List<Long> times, List<Number> values) {
        /** A series without data in the range. */
        public static final Xport NONE = new Xport(List.of(), List.of());

        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /**
     * Answers one query of a {@code data} or {@code graph} path, which has no place for "no such
     * series" in its answer.
     *
     * @throws CountersRefusal 400 for a malformed query, 404 for an appid or hash the caller cannot see
     */
    public Answer one(CounterQuery query, boolean figure, boolean xport) {
        Answer a = answer(List.of(query), figure, xport).get(0);
        if (a.problem() != null) {
            throw query.problem() == null ? CountersRefusal.notFound(a.problem()) : CountersRefusal.badRequest(a.problem());
        }
        return a;
    }

    /**
     * Answers every query, in order.
     *
     * @param figures whether to compute the figures
     * @param xports  whether to compute the xports
     */
    public List<Answer> answer(List<CounterQuery> queries, boolean figures, boolean xports) {
        Map<String, Owner> games = owners.games(names(queries, Counter.Kind.APP));
        Map<String, Owner> licenses = owners.licenses(names(queries, Counter.Kind.LICENSE));
        Map<CounterQuery, SeriesKey> keys = new LinkedHashMap<>();
        Map<CounterQuery, String> problems = new HashMap<>();
        for (CounterQuery q : queries) {
            if (q.problem() != null) {
                problems.put(q, q.problem());
                continue;
            }
            Owner owner = (q.source() instanceof Source.App ? games : licenses).get(q.owner());
            if (owner == null || !owners.mayRead(owner)) {
                problems.put(q, "unknown " + q.source().kind().key() + " \"" + RequestText.quoted(q.owner()) + "\"");
                continue;
            }
            keys.put(q, SeriesKey.of(q.source(), owner.id(), q.counter()));
        }
        Map<SeriesKey, Long> ids = series.ids(keys.values(), false);
        Instant now = clock.instant();
        // queries over the same range (and so the same table and step) are read together
        Map<String, List<CounterQuery>> byRange = keys.keySet().stream()
                .collect(Collectors.groupingBy(q -> q.range().start() + "/" + q.range().end(), LinkedHashMap::new,
                        Collectors.toList()));
        Map<CounterQuery, Number> figureOf = new HashMap<>();
        Map<CounterQuery, Spread> spreadOf = new HashMap<>();
        Map<CounterQuery, Xport> xportOf = new HashMap<>();
        for (List<CounterQuery> group : byRange.values()) {
            CounterQuery first = group.get(0);
            XportStep step = XportStep.of(first.range());
            // figures need the range's own edges (the finest table); xports alone only whole steps
            Resolution resolution = figures ? Resolution.finestFor(first.range().start(), now)
                    : Resolution.forStep(step.seconds(), first.range().start(), now);
            long from = first.range().start().getEpochSecond();
            long to = first.range().end().getEpochSecond();
            Set<Long> seriesIds = group.stream().map(q -> ids.get(keys.get(q))).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            long width = Math.max(step.seconds(), resolution.seconds());
            Map<Long, List<RollupReader.Bucket>> buckets = rollups.buckets(seriesIds, resolution, from, to, width).stream()
                    .collect(Collectors.groupingBy(RollupReader.Bucket::seriesId));
            for (CounterQuery q : group) {
                List<RollupReader.Bucket> own = buckets.getOrDefault(ids.get(keys.get(q)), List.of());
                if (figures) {
                    Totals totals = Totals.of(own);
                    figureOf.put(q, totals.figure(q.counter()));
                    spreadOf.put(q, totals.spread());
                }
                if (xports) {
                    xportOf.put(q, xport(q, own, step, width));
                }
            }
        }
        List<Answer> out = new ArrayList<>();
        for (CounterQuery q : queries) {
            out.add(new Answer(q, figureOf.get(q), xportOf.get(q), problems.get(q), spreadOf.get(q)));
        }
        return out;
    }

    /** The samples of some buckets summed up: how many, their sum and the largest. */
    private record Totals(long count, double sum, double max) {
        static Totals of(List<RollupReader.Bucket> buckets) {
            long count = 0;
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (RollupReader.Bucket b : buckets) {
                count += b.count();
                sum += b.sum();
                max = Math.max(max, b.max());
            }
            return new Totals(count, sum, max);
        }

        Number figure(Counter counter) {
            return count == 0 ? 0 : number(counter.aggregation().of(count, sum, max));
        }

        Spread spread() {
            return count == 0 ? Spread.NONE : new Spread(number(Aggregation.MAXIMUM.of(count, sum, max)),
                    number(Aggregation.AVERAGE.of(count, sum, max)));
        }
    }

    private static Xport xport(CounterQuery q, List<RollupReader.Bucket> buckets, XportStep step, long width) {
        if (buckets.isEmpty()) {
            return Xport.NONE;
        }
        Map<Long, RollupReader.Bucket> byStart = new HashMap<>();
        buckets.forEach(b -> byStart.put(b.at(), b));
        List<Long> times = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (Instant t : step.times(q.range())) {
            long at = Math.floorDiv(t.getEpochSecond(), width) * width;
            if (!times.isEmpty() && times.get(times.size() - 1) == at) {
                continue;
            }
            RollupReader.Bucket b = byStart.get(at);
            times.add(at);
            values.add(b == null ? null : number(q.counter().aggregation().of(b.count(), b.sum(), b.max())));
        }
        return new Xport(times, values);
    }

    /** Two decimals, as Photon's sample shows averages ({@code 3748.37}); whole numbers without a fraction. */
    public static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static Set<String> names(List<CounterQuery> queries, Counter.Kind kind) {
        return queries.stream().filter(q -> q.problem() == null && q.source().kind() == kind).map(CounterQuery::owner)
                .collect(Collectors.toSet());
    }
}
