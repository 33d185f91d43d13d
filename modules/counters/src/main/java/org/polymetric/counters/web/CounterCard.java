package org.polymetric.counters.web;

import java.util.List;

/**
 * A counter's section on a page: its chart's JSON data and a row per series (per region on a
 * game's pages, per counter on a license's).
 *
 * @param counter     the counter's name
 * @param aggregation how each point is read ({@code maximum}, {@code average}), as the API's figure
 * @param chart       the chart's JSON data block
 */
public record CounterCard(String counter, String aggregation, String chart, boolean hasData, List<SeriesRow> rows) {
}
