package org.polymetric.export.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.Metric;
import org.polymetric.export.service.ExportLine;
import org.polymetric.export.service.ExportSource;

/**
 * The builder's preview: the first {@value #LINES} lines of the export, read through the same
 * code as the API's answer, and whether there are more (the read stops at the next one, so a
 * large export costs the page no more than its preview).
 *
 * @param header      the columns, as the CSV names them
 * @param textColumns how many columns from the left are text (the timestamp and the dimensions)
 * @param lines       the lines read, for the chart
 * @param cells       each line's cells as the page shows them: the interval's start in UTC, the values, the numbers as the API writes them
 * @param more        whether the export has lines past these
 * @param chart       the chart's markup, or null when there is nothing to draw
 * @param chartNote   what the chart shows, or why there is none
 */
public record Preview(List<String> header, int textColumns, List<ExportLine> lines, List<List<String>> cells, boolean more,
                      String chart, String chartNote) {
    static final int LINES = 500;

    /** Stops the read once the preview is full: an IOException, as the sink may throw, so nothing else is taken for it. */
    private static final class Full extends IOException {
        Full() {
            super("the preview is full", null);
        }
    }

    /** Reads the first lines of {@code source}. */
    static Preview of(ExportSource source) throws IOException {
        ExportQuery q = source.query();
        List<ExportLine> lines = new ArrayList<>();
        boolean more = false;
        try {
            source.writeTo(line -> {
                if (lines.size() == LINES) {
                    throw new Full();
                }
                lines.add(line);
            });
        } catch (Full full) {
            more = true;
        }
        List<String> header = new ArrayList<>();
        header.add("timestamp");
        q.dimensions().stream().map(Dimension::key).forEach(header::add);
        q.metrics().stream().map(Metric::key).forEach(header::add);
        List<List<String>> cells = new ArrayList<>(lines.size());
        for (ExportLine l : lines) {
            List<String> row = new ArrayList<>(header.size());
            row.add(BuilderForm.input(l.timestampMs()).replace('T', ' '));
            row.addAll(l.values());
            for (Number n : l.metrics()) {
                row.add(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
            }
            cells.add(row);
        }
        PreviewChart chart = PreviewChart.of(q, lines, more);
        return new Preview(header, 1 + q.dimensions().size(), lines, cells, more, chart.svg(), chart.note());
    }
}
