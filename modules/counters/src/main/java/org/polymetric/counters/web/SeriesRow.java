package org.polymetric.counters.web;

import org.polymetric.counters.service.CounterOverview;

/**
 * One series as a table row shows it, its numbers already written out.
 *
 * @param name      the region's token, or the license counter's name
 * @param current   the latest sample, or "–"
 * @param currentAt when that sample was taken (UTC), or empty
 * @param peak      the largest sample in the range, or "–"
 * @param average   the mean of the samples in the range, or "–"
 * @param share     the peak as a share of the license's CCU limit ({@code 80.0 %}); null where it does not apply
 * @param over      whether that share is over 100 %
 */
public record SeriesRow(String name, String current, String currentAt, String peak, String average, String share,
                        boolean over, boolean hasData) {
    static SeriesRow of(String name, CounterOverview.Line line) {
        return of(name, line, null);
    }

    /** A license's CCU, its peak against the limit (null when the license has none). */
    static SeriesRow of(String name, CounterOverview.Line line, Integer limit) {
        CounterOverview.Current c = line.current();
        Number peak = line.spread().peak();
        String share = limit == null ? null : peak == null ? Figures.NONE : Figures.percent(peak.doubleValue() * 100 / limit);
        return new SeriesRow(name, Figures.number(c == null ? null : c.value()), c == null ? "" : Figures.at(c.at()),
                Figures.number(peak), Figures.number(line.spread().average()), share,
                limit != null && peak != null && peak.doubleValue() > limit, line.hasData());
    }
}
