package org.polymetric.counters.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.service.CounterReads;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * A line chart's data as the page's script hands it to Chart.js, written into a JSON data block
 * (the content security policy allows those, not inline script): time labels in UTC, one line
 * per series ({@code null} where a point has no data: a gap, as in the PNG), and optionally a
 * horizontal limit line.
 */
final class LineChart {
    private final TimeRange range;
    private final List<String> names = new ArrayList<>();
    private final List<CounterReads.Xport> xports = new ArrayList<>();
    private Number limit;

    LineChart(TimeRange range) {
        this.range = range;
    }

    LineChart line(String name, CounterReads.Xport xport) {
        names.add(name);
        xports.add(xport);
        return this;
    }

    /** A horizontal line at this value (its label comes from the page's texts). */
    LineChart limit(Number value) {
        limit = value;
        return this;
    }

    /** Whether any line has a value. */
    boolean hasData() {
        return xports.stream().anyMatch(x -> x.values().stream().anyMatch(v -> v != null));
    }

    /** The JSON text; safe inside a {@code <script type="application/json">} block. */
    String json() {
        // series without data answer no points; the others share the step's grid
        TreeSet<Long> times = new TreeSet<>();
        xports.forEach(x -> times.addAll(x.times()));
        DateTimeFormatter format = labels(range.length());
        JsonArrayBuilder labels = JsonBuilders.array();
        times.forEach(t -> labels.add(format.format(Instant.ofEpochSecond(t))));
        JsonArrayBuilder series = JsonBuilders.array();
        for (int i = 0; i < names.size(); i++) {
            Map<Long, Number> byTime = new HashMap<>();
            CounterReads.Xport x = xports.get(i);
            for (int j = 0; j < x.times().size(); j++) {
                byTime.put(x.times().get(j), x.values().get(j));
            }
            JsonArrayBuilder data = JsonBuilders.array();
            for (long t : times) {
                Number v = byTime.get(t);
                if (v == null) {
                    data.addNull();
                } else if (v instanceof BigDecimal d) {
                    data.add(d);
                } else {
                    data.add(v.longValue());
                }
            }
            series.add(JsonBuilders.object().add("label", names.get(i)).add("data", data));
        }
        JsonObjectBuilder out = JsonBuilders.object().add("labels", labels).add("series", series);
        if (limit != null) {
            out.add("limit", limit.longValue());
        }
        return JsonBuilders.forScript(out.build());
    }

    /** Labels as precise as the range needs, in UTC. */
    static DateTimeFormatter labels(Duration length) {
        String pattern = length.compareTo(Duration.ofDays(1)) <= 0 ? "HH:mm"
                : length.compareTo(Duration.ofDays(7)) <= 0 ? "MM-dd HH:mm" : "yyyy-MM-dd";
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
    }
}
