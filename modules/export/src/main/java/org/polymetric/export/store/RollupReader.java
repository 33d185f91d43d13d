package org.polymetric.export.store;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Projection;
import org.polymetric.export.domain.Sums;
import org.polymetric.export.domain.Tier;
import org.polymetric.kernel.storage.LaggingReads;

/**
 * Reads rollups as {@link RollupRows} says. The buckets of the range are read first (their
 * {@code export_bucket} rows, along the key); consecutive buckets of one state form a run, read
 * by one query: a closed run from the projection of the set (dimensions ∪ filter keys) when it
 * has at most two dimensions, any other run from the full rows. Each query walks its table's
 * primary key in bucket order ({@code ORDER BY bucket} follows the key: no sort), and its rows
 * stream: MariaDB Connector/J fetches {@value #FETCH_ROWS} rows at a time once a fetch size is
 * set, instead of the whole result, so memory stays flat for millions of rows.
 */
@ApplicationScoped
public class RollupReader implements RollupRows {
    static final int FETCH_ROWS = 4_096;

    /** Buckets {@code [first, last]} (bucket starts, both included) of one state. */
    record Run(long first, long last, boolean closed) {
    }

    /** Reads that may lag: a replica's, in the requests that allow it (the export API). */
    @Inject
    LaggingReads reads;

    /** Set only outside the container. */
    private DataSource dataSource;

    /** For CDI. */
    public RollupReader() {
    }

    /** A reader of this database, outside the container (the storage ITs read what the portal wrote). */
    public RollupReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void read(long gameId, Tier tier, long fromMs, long toMs, List<Dimension> dimensions, Map<Dimension, int[]> filters,
                     BucketRow sink) throws SQLException {
        for (int[] ids : filters.values()) {
            if (ids.length == 0) {
                return;
            }
        }
        Set<Dimension> set = EnumSet.noneOf(Dimension.class);
        set.addAll(dimensions);
        set.addAll(filters.keySet());
        Optional<Projection> projection = Projection.of(set);
        try (Connection c = (dataSource != null ? dataSource : reads.source()).getConnection()) {
            if (projection.isEmpty()) {
                if (fromMs < toMs) {
                    full(c, gameId, tier, fromMs, toMs - 1, dimensions, filters, sink);
                }
                return;
            }
            for (Run run : runs(c, gameId, tier, fromMs, toMs)) {
                if (run.closed()) {
                    cube(c, gameId, tier, projection.get(), run, dimensions, filters, sink);
                } else {
                    full(c, gameId, tier, run.first(), run.last(), dimensions, filters, sink);
                }
            }
        }
    }

    /** The game's buckets of the tier in {@code [fromMs, toMs)}, as runs of one state, in order. */
    static List<Run> runs(Connection c, long gameId, Tier tier, long fromMs, long toMs) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT bucket, closed FROM " + Tables.BUCKET
                + " WHERE game_id = ? AND tier = ? AND bucket >= ? AND bucket < ? ORDER BY bucket")) {
            s.setLong(1, gameId);
            s.setInt(2, tier.ordinal());
            s.setLong(3, fromMs);
            s.setLong(4, toMs);
            s.setFetchSize(FETCH_ROWS);
            try (ResultSet r = s.executeQuery()) {
                Run run = null;
                while (r.next()) {
                    long bucket = r.getLong(1);
                    boolean closed = r.getBoolean(2);
                    if (run != null && run.closed() == closed) {
                        run = new Run(run.first(), bucket, closed);
                    } else {
                        if (run != null) {
                            runs.add(run);
                        }
                        run = new Run(bucket, bucket, closed);
                    }
                }
                if (run != null) {
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    private static void full(Connection c, long gameId, Tier tier, long first, long last, List<Dimension> dimensions,
                             Map<Dimension, int[]> filters, BucketRow sink) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT bucket");
        dimensions.forEach(d -> sql.append(", ").append(Tables.column(d)));
        sql.append(", ").append(Tables.SUMS).append(" FROM ").append(Tables.full(tier))
                .append(" WHERE game_id = ? AND bucket >= ? AND bucket <= ?");
        List<int[]> args = new ArrayList<>();
        filters.forEach((d, ids) -> {
            in(sql, Tables.column(d), ids.length);
            args.add(ids);
        });
        stream(c, sql.append(" ORDER BY bucket").toString(), gameId, null, first, last, args, dimensions.size(), sink);
    }

    private static void cube(Connection c, long gameId, Tier tier, Projection p, Run run, List<Dimension> dimensions,
                             Map<Dimension, int[]> filters, BucketRow sink) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT bucket");
        dimensions.forEach(d -> sql.append(p.column(d) == 0 ? ", a" : ", b"));
        sql.append(", ").append(Tables.SUMS).append(" FROM ").append(Tables.cube(tier))
                .append(" WHERE game_id = ? AND projection = ? AND bucket >= ? AND bucket <= ?");
        List<int[]> args = new ArrayList<>();
        filters.forEach((d, ids) -> {
            in(sql, p.column(d) == 0 ? "a" : "b", ids.length);
            args.add(ids);
        });
        stream(c, sql.append(" ORDER BY bucket").toString(), gameId, p.id(), run.first(), run.last(), args, dimensions.size(), sink);
    }

    private static void in(StringBuilder sql, String column, int n) {
        sql.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(')');
    }

    private static void stream(Connection c, String sql, long gameId, Integer projection, long first, long last, List<int[]> filters,
                               int dimensions, BucketRow sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, gameId);
            if (projection != null) {
                s.setInt(i++, projection);
            }
            s.setLong(i++, first);
            s.setLong(i++, last);
            for (int[] ids : filters) {
                for (int id : ids) {
                    s.setInt(i++, id);
                }
            }
            s.setFetchSize(FETCH_ROWS);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int[] values = new int[dimensions];
                    for (int k = 0; k < dimensions; k++) {
                        values[k] = r.getInt(2 + k);
                    }
                    int at = 2 + dimensions;
                    sink.accept(r.getLong(1), values, new Sums(r.getLong(at), r.getLong(at + 1), r.getLong(at + 2),
                            r.getLong(at + 3), r.getLong(at + 4)));
                }
            }
        }
    }
}
