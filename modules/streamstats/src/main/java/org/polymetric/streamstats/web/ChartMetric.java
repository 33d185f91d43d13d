package org.polymetric.streamstats.web;

import java.util.List;
import org.polymetric.streamstats.api.SeriesPath;
import org.polymetric.streamstats.domain.Breakdown;

/**
 * The series a page draws and downloads ({@code series.csv?metric=}): the rollup series, each as a
 * cdn and a p2p line, valued exactly as the Stats API's ({@link SeriesPath}), and the three device
 * breakdowns.
 */
public enum ChartMetric {
    THROUGHPUT("throughput", SeriesPath.THROUGHPUT),
    BUFFER_HEALTH("buffer_health", SeriesPath.BUFFER_HEALTH),
    REBUFFERING("rebuffering", SeriesPath.REBUFFERING),
    RESPONSE_TIMES("response_times", SeriesPath.RESPONSE_TIMES),
    DROPPED_FRAMES("dropped_frames", SeriesPath.DROPPED_FRAMES),
    BUFFER_FILLING_RATE("buffer_filling_rate", SeriesPath.FILLING_RATE),
    OS("os", SeriesPath.OS),
    PLATFORMS("platforms", SeriesPath.PLATFORMS),
    CONNECTION_TYPES("connection_types", SeriesPath.CONNECTION_TYPES);

    static final String MESSAGE = "metric must be one of "
            + String.join(", ", List.of(values()).stream().map(ChartMetric::wire).toList());

    private final String wire;
    private final SeriesPath path;

    ChartMetric(String wire, SeriesPath path) {
        this.wire = wire;
        this.path = path;
    }

    static ChartMetric parse(String text) {
        for (ChartMetric m : values()) {
            if (m.wire.equals(text)) {
                return m;
            }
        }
        throw new PageRefusal(MESSAGE);
    }

    /** The rollup series, in the order the pages draw them. */
    static List<ChartMetric> charts() {
        return List.of(values()).stream().filter(m -> m.breakdown() == null).toList();
    }

    /** The device breakdowns, in the order the pages show them. */
    static List<ChartMetric> breakdowns() {
        return List.of(values()).stream().filter(m -> m.breakdown() != null).toList();
    }

    String wire() {
        return wire;
    }

    SeriesPath path() {
        return path;
    }

    Breakdown breakdown() {
        return path.breakdown();
    }
}
