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
    static final List<String> COLUMNS = List.of("cdn_bytes", "p2p_bytes", "beacons_cdn", "beacons_p2p", "played_ms_cdn",
            "played_ms_p2p", "rebuffered_ms_cdn", "rebuffered_ms_p2p", "buffer_health_sum_cdn", "buffer_health_count_cdn",
            "buffer_health_sum_p2p", "buffer_health_count_p2p", "filling_rate_sum_cdn", "filling_rate_count_cdn",
            "filling_rate_sum_p2p", "filling_rate_count_p2p", "dropped_frames_cdn", "dropped_frames_p2p",
            "response_time_sum_cdn", "response_time_count_cdn", "response_time_sum_p2p", "response_time_count_p2p");

    public static final RollupFigures NONE = new RollupFigures(new long[COLUMNS.size()], 0, 0);

    private final long[] sums;
    private final double fillingCdn;
    private final double fillingP2p;

    private RollupFigures(long[] sums, double fillingCdn, double fillingP2p) {
        this.sums = sums;
        this.fillingCdn = fillingCdn;
        this.fillingP2p = fillingP2p;
    }

    /** {@code SUM(column)} of every column, for a SELECT. */
    static String selectSums() {
        StringJoiner j = new StringJoiner(", ");
        COLUMNS.forEach(c -> j.add("SUM(" + c + ")"));
        return j.toString();
    }

    /** The sums as a SELECT of {@link #selectSums()} answers them from column {@code first} on. */
    static RollupFigures read(ResultSet rs, int first) throws SQLException {
        long[] sums = new long[COLUMNS.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = rs.getLong(first + i);
        }
        return new RollupFigures(sums, rs.getDouble(first + COLUMNS.indexOf("filling_rate_sum_cdn")),
                rs.getDouble(first + COLUMNS.indexOf("filling_rate_sum_p2p")));
    }

    public RollupFigures plus(RollupFigures other) {
        long[] added = new long[sums.length];
        for (int i = 0; i < added.length; i++) {
            added[i] = sums[i] + other.sums[i];
        }
        return new RollupFigures(added, fillingCdn + other.fillingCdn, fillingP2p + other.fillingP2p);
    }

    private long of(String stem, Source source) {
        return sums[COLUMNS.indexOf(stem + source.wire())];
    }

    public long bytes(Source source) {
        return sums[COLUMNS.indexOf(source.wire() + "_bytes")];
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
        return new Mean(source == Source.CDN ? fillingCdn : fillingP2p, of("filling_rate_count_", source));
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
