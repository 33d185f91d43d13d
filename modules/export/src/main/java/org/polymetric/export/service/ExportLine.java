package org.polymetric.export.service;

import java.util.List;

/**
 * One line of an export: the interval's start (epoch ms), the values of the dimensions asked, in
 * their order ({@code ""}: no value), and the values of the metrics asked, in their order (whole
 * numbers, and {@code sessions} as a decimal, per {@link org.polymetric.export.domain.Sums#value}).
 */
public record ExportLine(long timestampMs, List<String> values, List<Number> metrics) {
    public ExportLine {
        values = List.copyOf(values);
        metrics = List.copyOf(metrics);
    }
}
