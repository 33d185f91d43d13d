package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.polymetric.counters.domain.CloudCluster;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.domain.Source;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.store.RollupReader;
import org.polymetric.counters.store.SeriesDirectory;
import org.polymetric.counters.store.SeriesKey;
import org.polymetric.kernel.tenancy.Game;

/**
 * The numbers behind the counters pages: for each series of a game (a counter in a region of one
 * cloud and cluster) or of a license, its current value (the latest sample), its peak and average over the range and its
 * points (the xport). Figures come from {@link CounterReads}, so a page shows what the API answers.
 * A game comes from the kernel's {@code PageGames}, which has already checked that the caller may
 * view it, so a render checks that once; a license's organization is checked here (404 otherwise).
 */
@ApplicationScoped
public class CounterOverview {
    @Inject
    CounterReads reads;

    @Inject
    Owners owners;

    @Inject
    SeriesDirectory series;

    @Inject
    RollupReader rollups;

    /** A series' latest sample: what it reads now (minute rows are kept 14 days; older series have none). */
    public record Current(Number value, Instant at) {
    }

    /**
     * One series over a range.
     *
     * @param region  the app's region; null for a license's counter
     * @param current the latest sample, whenever it was taken; null when none is kept
     * @param spread  the peak and average over the range (empty without samples in it)
     * @param xport   the points over the range, as {@code bulkxport} answers them
     */
    public record Line(Counter counter, Region region, Current current, CounterReads.Spread spread, CounterReads.Xport xport) {
        public boolean hasData() {
            return !spread.isEmpty();
        }
    }

    /**
     * What a game has series of: the clouds and clusters (the default first), and in the one
     * {@code shown} the counters and regions, in the seed's order.
     */
    public record Stored(List<CloudCluster> clusters, CloudCluster shown, Set<Counter> counters, Set<Region> regions) {
        /** The clouds of {@code clusters}, each once, in their order. */
        public List<String> clouds() {
            return clusters.stream().map(CloudCluster::cloud).distinct().toList();
        }

        /** The clusters' names, each once, in their order. */
        public List<String> clusterNames() {
            return clusters.stream().map(CloudCluster::cluster).distinct().toList();
        }
    }

    /**
     * What the game has series of, in {@code wanted}, or when null in the public cloud's default
     * cluster, or if the game has nothing there in its first cloud and cluster.
     *
     * @param game a game the caller may view
     */
    public Stored storedOf(Game game, CloudCluster wanted) {
        return storedOf(game.getId(), wanted);
    }

    /** As {@link #storedOf(Game, CloudCluster)}, by the game's id (a game the caller may view). */
    public Stored storedOf(long gameId, CloudCluster wanted) {
        Set<SeriesKey> keys = series.ofOwner(SeriesKey.GAME, gameId).keySet();
        Set<CloudCluster> clusters = new TreeSet<>(CloudCluster.ORDER);
        keys.forEach(k -> clusters.add(new CloudCluster(k.cloud(), k.cluster())));
        CloudCluster shown = wanted != null ? wanted
                : clusters.isEmpty() || clusters.contains(CloudCluster.DEFAULT) ? CloudCluster.DEFAULT : clusters.iterator().next();
        Set<Counter> counters = EnumSet.noneOf(Counter.class);
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (SeriesKey k : keys) {
            if (shown.cloud().equals(k.cloud()) && shown.cluster().equals(k.cluster())) {
                Counter.of(Counter.Kind.APP, k.counter()).ifPresent(counters::add);
                Region.of(k.region()).ifPresent(regions::add);
            }
        }
        return new Stored(List.copyOf(clusters), shown, counters, regions);
    }

    /**
     * Each counter in each region of the cloud and cluster over the range, counter by counter in
     * the order given.
     *
     * @param game a game the caller may view
     */
    public List<Line> ofGame(Game game, CloudCluster where, List<Counter> counters, List<Region> regions, TimeRange range) {
        return ofGame(game.getId(), game.getKey(), where, counters, regions, range);
    }

    /** As {@link #ofGame(Game, CloudCluster, List, List, TimeRange)}, by the game's id and key ({@code appid}). */
    public List<Line> ofGame(long gameId, String appid, CloudCluster where, List<Counter> counters, List<Region> regions,
                             TimeRange range) {
        Map<CounterQuery, SeriesKey> queries = new LinkedHashMap<>();
        for (Counter c : counters) {
            if (c.kind() != Counter.Kind.APP) {
                throw new IllegalArgumentException(c + " is not an app counter");
            }
            for (Region r : regions) {
                Source.App source = where.in(appid, r);
                queries.put(query(source, c, range), SeriesKey.of(source, gameId, c));
            }
        }
        return lines(queries);
    }

    /** The license's {@code Servers} and {@code CCU} over the range; 404 unless the caller may view its organization. */
    public List<Line> ofLicense(String hash, TimeRange range) {
        Owner license = readable(hash, owners.licenses(Set.of(hash)).get(hash));
        Map<CounterQuery, SeriesKey> queries = new LinkedHashMap<>();
        Source.License source = new Source.License(hash);
        for (Counter c : List.of(Counter.SERVERS, Counter.LICENSE_CCU)) {
            queries.put(query(source, c, range), SeriesKey.of(source, license.id(), c));
        }
        return lines(queries);
    }

    private Owner readable(String name, Owner owner) {
        if (owner == null || !owners.mayRead(owner)) {
            throw CountersRefusal.notFound("no counters of " + name);
        }
        return owner;
    }

    private static CounterQuery query(Source source, Counter counter, TimeRange range) {
        String region = source instanceof Source.App app ? "/" + app.region().token() : "";
        return new CounterQuery(counter.counterName() + region, source, counter, range, true, null);
    }

    private List<Line> lines(Map<CounterQuery, SeriesKey> queries) {
        List<CounterQuery> list = new ArrayList<>(queries.keySet());
        List<CounterReads.Answer> answers = reads.answer(list, true, true);
        Map<SeriesKey, Long> ids = series.ids(queries.values(), false);
        Map<Long, RollupReader.Latest> latest = rollups.latest(ids.values());
        List<Line> out = new ArrayList<>();
        for (CounterReads.Answer a : answers) {
            CounterQuery q = a.query();
            if (a.problem() != null) {
                throw new IllegalStateException(q.id() + ": " + a.problem());
            }
            Long id = ids.get(queries.get(q));
            RollupReader.Latest l = id == null ? null : latest.get(id);
            Current current = l == null ? null : new Current(CounterReads.number(l.value()), l.at());
            Region region = q.source() instanceof Source.App app ? app.region() : null;
            out.add(new Line(q.counter(), region, current, a.spread(), a.xport()));
        }
        return out;
    }
}
