package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.polymetric.counters.domain.CounterQuery;
import org.polymetric.counters.domain.Source;
import org.polymetric.counters.graph.ChartSeries;
import org.polymetric.counters.graph.CounterChart;
import org.polymetric.counters.graph.ImageSize;
import org.polymetric.counters.graph.InvalidImageSize;

/** A series of the {@code graph} paths as a PNG: its xport drawn over the query's range, titled by counter and region or hash. */
@ApplicationScoped
public class CounterGraphs {
    @Inject
    CounterReads reads;

    /**
     * The PNG, {@code width} × {@code height} as the request sent them (800 × 400 when absent).
     *
     * @throws CountersRefusal 400 for a size out of bounds (checked first) or a malformed query, 404 for a
     *                         series the caller cannot see
     */
    public byte[] png(CounterQuery q, String width, String height) {
        ImageSize size = size(width, height);
        CounterReads.Answer a = reads.one(q, false, true);
        List<Instant> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < a.xport().times().size(); i++) {
            times.add(Instant.ofEpochSecond(a.xport().times().get(i)));
            Number v = a.xport().values().get(i);
            values.add(v == null ? null : v.doubleValue());
        }
        String where = q.source() instanceof Source.App app ? app.region().token() : q.owner();
        String name = q.counter().counterName();
        CounterChart chart = new CounterChart(name + " · " + where,
                name + " (" + q.counter().aggregation().name().toLowerCase(Locale.ROOT) + ")",
                List.of(new ChartSeries(name, times, values)), q.range());
        return chart.png(size);
    }

    private static ImageSize size(String width, String height) {
        try {
            return ImageSize.of(width, height);
        } catch (InvalidImageSize e) {
            throw CountersRefusal.badRequest(e.getMessage());
        }
    }
}
