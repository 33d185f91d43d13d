package org.polymetric.streamstats.api;

import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.polymetric.streamstats.domain.Breakdown;
import org.polymetric.streamstats.domain.RebufferingRatio;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.domain.Throughput;
import org.polymetric.streamstats.store.RollupFigures;

/**
 * The series paths of the seed, with or without the {@code /stats} prefix (the seed's call
 * samples drop it) and with or without {@code /last_point}; content request response times also
 * under the singular the seed writes for its {@code last_point}.
 */
public enum SeriesPath {
    THROUGHPUT("throughput/agg", "agg_throughput_", null),
    BUFFER_HEALTH("buffer_health/avg", "avg_buffer_health_", null),
    REBUFFERING("rebuffering/ratio", "rebuffering_ratio", null),
    RESPONSE_TIMES("content_request_response_times/avg", "avg_content_request_response_times_", null),
    FILLING_RATE("buffer_filling_rate/avg", "avg_buffer_filling_rate_", null),
    DROPPED_FRAMES("dropped_frames/avg", "avg_dropped_frames_", null),
    OS("os", null, Breakdown.OS),
    PLATFORMS("platforms", null, Breakdown.PLATFORM),
    CONNECTION_TYPES("connection_types", null, Breakdown.CONNECTION_TYPE);

    /** The JAX-RS template matching exactly these paths at a level. */
    static final String TEMPLATE = "{series: (stats/)?(throughput/agg|buffer_health/avg|rebuffering/ratio"
            + "|content_request_response_times?/avg|buffer_filling_rate/avg|dropped_frames/avg|os|platforms|connection_types)"
            + "(/last_point)?}";
    private static final String LAST_POINT = "/last_point";

    private final String path;
    private final String field;
    private final Breakdown breakdown;

    SeriesPath(String path, String field, Breakdown breakdown) {
        this.path = path;
        this.field = field;
        this.breakdown = breakdown;
    }

    /** The family of a path {@link #TEMPLATE} matched. */
    static SeriesPath of(String matched) {
        String p = matched.startsWith("stats/") ? matched.substring("stats/".length()) : matched;
        p = lastPoint(matched) ? p.substring(0, p.length() - LAST_POINT.length()) : p;
        if (p.equals("content_request_response_time/avg")) {
            return RESPONSE_TIMES;
        }
        for (SeriesPath s : values()) {
            if (s.path.equals(p)) {
                return s;
            }
        }
        throw new NotFoundException();
    }

    static boolean lastPoint(String matched) {
        return matched.endsWith(LAST_POINT);
    }

    /** The value's field name, or its stem before the source ({@code agg_throughput_}); null for breakdowns. */
    String field() {
        return field;
    }

    /** The device dimension of a breakdown series, or null for the rollup series. */
    public Breakdown breakdown() {
        return breakdown;
    }

    /** Whether the field carries the source ({@code rebuffering_ratio} does not, though {@code source} still selects the beacons). */
    boolean fieldHasSource() {
        return field != null && field.endsWith("_");
    }

    /** The field's name for {@code source}. */
    String field(Source source) {
        return fieldHasSource() ? field + source.wire() : field;
    }

    /** The decimals the value is written with. */
    public int decimals() {
        return this == REBUFFERING ? StatsJson.RATIO_DECIMALS : StatsJson.DECIMALS;
    }

    /** The rollup columns {@link #value} reads. */
    public List<String> columns() {
        return switch (this) {
            case THROUGHPUT -> RollupFigures.BYTES;
            case BUFFER_HEALTH -> RollupFigures.BUFFER_HEALTH;
            case REBUFFERING -> RollupFigures.REBUFFERING;
            case RESPONSE_TIMES -> RollupFigures.RESPONSE_TIME;
            case FILLING_RATE -> RollupFigures.FILLING_RATE;
            case DROPPED_FRAMES -> RollupFigures.DROPPED_FRAMES;
            default -> throw new IllegalStateException(this + " is a device breakdown");
        };
    }

    /** A rollup series' value of a point {@code spacingMs} long for the beacons (or requests) of {@code source}; null for a mean without any. */
    public Double value(RollupFigures f, Source source, long spacingMs) {
        return switch (this) {
            case THROUGHPUT -> Throughput.kbps(f.bytes(source), spacingMs);
            case BUFFER_HEALTH -> f.bufferHealth(source).value();
            case REBUFFERING -> RebufferingRatio.of(f.rebuffered(source), f.played(source));
            case RESPONSE_TIMES -> f.responseTime(source).value();
            case FILLING_RATE -> f.fillingRate(source).value();
            case DROPPED_FRAMES -> f.droppedFrames(source).value();
            default -> throw new IllegalStateException(this + " is a device breakdown");
        };
    }
}
