package org.polymetric.counters.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.polymetric.counters.domain.CloudCluster;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.View;

/** What the game pages share: their heading, tabs and range picker, and reading the counters and regions asked for. */
final class Pages {
    /** The app counters, in the seed's order. */
    static final List<Counter> APP_COUNTERS = List.of(Counter.values()).stream().filter(c -> c.kind() == Counter.Kind.APP)
            .toList();

    private Pages() {
    }

    static View game(String template, Game game, String tab, PageRange range, CounterOverview.Stored stored) {
        return View.of(template).with("game", game).with("tab", tab).with("range", range)
                .with("choices", PageRange.CHOICES).with("stored", stored)
                .with("allCounters", APP_COUNTERS).with("allRegions", List.of(Region.values()));
    }

    /** The cloud and cluster asked for; null when the request names neither (the page then picks). */
    static CloudCluster wanted(String cloud, String cluster) {
        boolean none = (cloud == null || cloud.isBlank()) && (cluster == null || cluster.isBlank());
        return none ? null : CloudCluster.of(cloud, cluster);
    }

    /** The app counters named, in the seed's order; unknown names are left out. */
    static List<Counter> counters(List<String> names) {
        Set<Counter> out = EnumSet.noneOf(Counter.class);
        if (names != null) {
            names.forEach(n -> Counter.of(Counter.Kind.APP, n).ifPresent(out::add));
        }
        return new ArrayList<>(out);
    }

    /** The regions named, in Photon's order; unknown tokens are left out. */
    static List<Region> regions(List<String> tokens) {
        Set<Region> out = EnumSet.noneOf(Region.class);
        if (tokens != null) {
            tokens.forEach(t -> Region.of(t).ifPresent(out::add));
        }
        return new ArrayList<>(out);
    }

    /** A card of one counter with a line and a row per region. */
    static CounterCard card(Counter counter, List<CounterOverview.Line> lines, PageRange range) {
        LineChart chart = new LineChart(range.range());
        List<SeriesRow> rows = new ArrayList<>();
        for (CounterOverview.Line l : lines) {
            if (l.counter() == counter) {
                chart.line(l.region().token(), l.xport());
                rows.add(SeriesRow.of(l.region().token(), l));
            }
        }
        return new CounterCard(counter.counterName(), aggregation(counter), chart.json(), chart.hasData(), rows);
    }

    static String aggregation(Counter counter) {
        return counter.aggregation().name().toLowerCase(Locale.ROOT);
    }
}
