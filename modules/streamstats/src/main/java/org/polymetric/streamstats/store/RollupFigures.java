package org.polymetric.streamstats.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import org.polymetric.streamstats.domain.Mean;
import org.polymetric.streamstats.domain.Source;

/**
 * The sums of {@code streamstats_rollup} over some buckets and scopes: every column is a sum, so
 * any set of rows adds up exactly. Figures by source read the column of that source.
 */
public final class RollupFigures {
    /** The summed columns, in the order they are read; the two filling-rate sums are DOUBLE, the rest BIGINT. */
    public static final List<String> COLUMNS = List.of("cdn_bytes", "p2p_bytes", "beacons_cdn", "beacons_p2p", "played_ms_cdn",
            "played_ms_p2p", "rebuffered_ms_cdn", "rebuffered_ms_p2p", "buffer_health_sum_cdn", "buffer_health_count_cdn",
            "buffer_health_sum_p2p", "buffer_health_count_p2p", "filling_rate_sum_cdn", "filling_rate_count_cdn",
            "filling_rate_sum_p2p", "filling_rate_count_p2p", "dropped_frames_cdn", "dropped_frames_p2p",
            "response_time_sum_cdn", "response_time_count_cdn", "response_time_sum_p2p", "response_time_count_p2p");

    /** The columns of each figure a series may ask for, both sources': a series of one figure reads only those. */
    public static final List<String> BYTES = List.of("cdn_bytes", "p2p_bytes");
    public static final List<String> REBUFFERING = List.of("played_ms_cdn", "played_ms_p2p", "rebuffered_ms_cdn",
            "rebuffered_ms_p2p");
    public static final List<String> BUFFER_HEALTH = List.of("buffer_health_sum_cdn", "buffer_health_count_cdn",
            "buffer_health_sum_p2p", "buffer_health_count_p2p");
    public static final List<String> FILLING_RATE = List.of("filling_rate_sum_cdn", "filling_rate_count_cdn",
            "filling_rate_sum_p2p", "filling_rate_count_p2p");
    public static final List<String> DROPPED_FRAMES = List.of("dropped_frames_cdn", "dropped_frames_p2p", "beacons_cdn",
            "beacons_p2p");
    public static final List<String> RESPONSE_TIME = List.of("response_time_sum_cdn", "response_time_count_cdn",
            "response_time_sum_p2p", "response_time_count_p2p");

    /** The sums, by index in {@link #COLUMNS}; those not read are null, and asking for them is a bug. */
    private final Long[] sums;
    private final double fillingCdn;
    private final double fillingP2p;

    private RollupFigures(Long[] sums, double fillingCdn, double fillingP2p) {
        this.sums = sums;
        this.fillingCdn = fillingCdn;
        this.fillingP2p = fillingP2p;
    }

    /** {@code SUM(column)} of each of {@code columns} (of {@link #COLUMNS}), for a SELECT. */
    static String selectSums(List<String> columns) {
        StringJoiner j = new StringJoiner(", ");
        columns.forEach(c -> j.add("SUM(" + c + ")"));
        return j.toString();
    }

    /** The sums of {@code columns} as a SELECT of {@link #selectSums(List)} answers them from column {@code first} on. */
    static RollupFigures read(ResultSet rs, int first, List<String> columns) throws SQLException {
        Long[] sums = new Long[COLUMNS.size()];
        double fillingCdn = 0;
        double fillingP2p = 0;
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            sums[COLUMNS.indexOf(column)] = rs.getLong(first + i);
            if (column.equals("filling_rate_sum_cdn")) {
                fillingCdn = rs.getDouble(first + i);
            } else if (column.equals("filling_rate_sum_p2p")) {
                fillingP2p = rs.getDouble(first + i);
            }
        }
        return new RollupFigures(sums, fillingCdn, fillingP2p);
    }

    /** Both read the same columns (one statement's rows). */
    public RollupFigures plus(RollupFigures other) {
        Long[] added = new Long[sums.length];
        for (int i = 0; i < added.length; i++) {
            added[i] = sums[i] == null || other.sums[i] == null ? null : sums[i] + other.sums[i];
        }
        return new RollupFigures(added, fillingCdn + other.fillingCdn, fillingP2p + other.fillingP2p);
    }

    private long of(String stem, Source source) {
        return sum(stem + source.wire());
    }

    private long sum(String column) {
        Long sum = sums[COLUMNS.indexOf(column)];
        if (sum == null) {
            throw new IllegalStateException(column + " was not read");
        }
        return sum;
    }

    public long bytes(Source source) {
        return sum(source.wire() + "_bytes");
    }

    public long played(Source source) {
        return of("played_ms_", source);
    }

    public long rebuffered(Source source) {
        return of("rebuffered_ms_", source);
    }

    public Mean bufferHealth(Source source) {
        return new Mean(of("buffer_health_sum_", source), of("buffer_health_count_", source));
    }

    public Mean fillingRate(Source source) {
        long count = of("filling_rate_count_", source);
        return new Mean(source == Source.CDN ? fillingCdn : fillingP2p, count);
    }

    /** Dropped frames per beacon of the source (every beacon reports them, 0 when it says nothing). */
    public Mean droppedFrames(Source source) {
        return new Mean(of("dropped_frames_", source), of("beacons_", source));
    }

    /** Response time of the source's requests (a beacon reports both). */
    public Mean responseTime(Source source) {
        return new Mean(of("response_time_sum_", source), of("response_time_count_", source));
    }
}
