package org.polymetric.export.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.Metric;
import org.polymetric.export.service.ExportLine;
import org.polymetric.kernel.web.SvgChart;

/**
 * The preview's chart, drawn by the kernel's {@link SvgChart} over the intervals the preview
 * covers: without dimensions a line per metric; with dimensions a line per combination of values
 * for the first metric (the {@value #MOST_LINES} largest), zero where a combination has no line,
 * as the API's answer means.
 *
 * @param svg  the markup, or null when there is nothing to draw
 * @param note what the chart shows, or why there is none
 */
record PreviewChart(String svg, String note) {
    /** Lines one chart tells apart. */
    static final int MOST_LINES = 8;
    /** Points one chart draws; a longer preview is a table only. */
    static final int MOST_POINTS = Preview.LINES;

    static PreviewChart of(ExportQuery q, List<ExportLine> lines, boolean more) {
        if (lines.isEmpty()) {
            return new PreviewChart(null, null);
        }
        long step = q.interval().ms();
        long end = more ? lines.get(lines.size() - 1).timestampMs() + step : q.toMs();
        if ((end - q.fromMs()) / step > MOST_POINTS) {
            return new PreviewChart(null, "No chart: more than " + MOST_POINTS + " intervals; the table and the download have the figures.");
        }
        List<Long> times = new ArrayList<>();
        for (long t = q.fromMs(); t < end; t += step) {
            times.add(t);
        }
        SvgChart chart = new SvgChart(times, step);
        if (q.dimensions().isEmpty()) {
            for (int m = 0; m < q.metrics().size(); m++) {
                Map<Long, Double> values = new HashMap<>();
                for (ExportLine l : lines) {
                    values.put(l.timestampMs(), l.metrics().get(m).doubleValue());
                }
                chart.line(q.metrics().get(m).key(), values);
            }
            return new PreviewChart(chart.svg("export"), "A line per metric.");
        }
        Map<String, Map<Long, Double>> byCombination = new LinkedHashMap<>();
        Map<String, Double> totals = new HashMap<>();
        for (ExportLine l : lines) {
            String name = String.join(" · ", l.values().stream().map(v -> v.isEmpty() ? "(none)" : v).toList());
            double v = l.metrics().get(0).doubleValue();
            byCombination.computeIfAbsent(name, k -> new HashMap<>()).put(l.timestampMs(), v);
            totals.merge(name, v, Double::sum);
        }
        List<String> drawn = byCombination.keySet().stream()
                .sorted(Comparator.comparing((String n) -> totals.get(n)).reversed()).limit(MOST_LINES).toList();
        for (String name : drawn) {
            Map<Long, Double> values = new HashMap<>();
            for (long t : times) {
                values.put(t, byCombination.get(name).getOrDefault(t, 0.0));
            }
            chart.line(name, values);
        }
        Metric first = q.metrics().get(0);
        String note = drawn.size() < byCombination.size()
                ? first.key() + " of the " + MOST_LINES + " largest of " + byCombination.size() + " combinations."
                : first.key() + ", a line per combination.";
        return new PreviewChart(chart.svg("export " + first.key()), note);
    }
}
