package org.polymetric.streamstats.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.polymetric.kernel.storage.LaggingReads;
import org.polymetric.streamstats.domain.Block;
import org.polymetric.streamstats.domain.Level;

/**
 * Reads {@code streamstats_rollup} by key: every condition is an equality on (game, level,
 * bucket) and a list of scope ids, so the database reads exactly the rows asked for, one per
 * bucket and scope.
 */
@ApplicationScoped
public class RollupReader {
    /** Reads that may lag: a replica's, in the Stats API requests that allow it. */
    @Inject
    LaggingReads reads;

    /**
     * The bytes per scope over a window's blocks (all a summary's throughput needs: two sums read
     * faster than all 22). Scopes without rows are absent. Blocks × scopes drive a STRAIGHT_JOIN,
     * one key lookup per block and scope (see {@link BlockTable}).
     */
    public Map<Long, RollupBytes> bytesPerScope(long gameId, List<Block> blocks, Collection<Long> scopes) {
        Map<Long, RollupBytes> bytes = new HashMap<>();
        if (blocks.isEmpty() || scopes.isEmpty()) {
            return bytes;
        }
        for (List<Long> slice : Sql.slices(scopes)) {
            Sql q = new Sql("SELECT r.scope_id, SUM(r.cdn_bytes), SUM(r.p2p_bytes) FROM (");
            BlockTable.append(q, blocks);
            q.add(") b STRAIGHT_JOIN (");
            String union = "";
            for (Long id : slice) {
                q.add(union + "SELECT ? AS id", id);
                union = " UNION ALL ";
            }
            q.add(") k STRAIGHT_JOIN streamstats_rollup r ON r.game_id = ? AND r.level = b.level AND r.bucket = b.bucket"
                    + " AND r.scope_id = k.id GROUP BY r.scope_id", gameId);
            try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(q.text())) {
                q.bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        bytes.merge(rs.getLong(1), new RollupBytes(rs.getLong(2), rs.getLong(3)), RollupBytes::plus);
                    }
                }
            } catch (SQLException e) {
                throw new StoreFailure("reading the rollups of game " + gameId, e);
            }
        }
        return bytes;
    }

    /**
     * The sums of {@code columns} (of {@link RollupFigures#COLUMNS}; a series of one figure needs a
     * few, and two sums over 288 buckets read in a third of the time of all 22) per bucket of
     * {@code level} over the given buckets and scopes (all scopes added). Buckets without rows are absent.
     */
    public Map<Long, RollupFigures> perBucket(long gameId, Level level, List<Long> buckets, Collection<Long> scopes,
                                              List<String> columns) {
        Map<Long, RollupFigures> sums = new HashMap<>();
        if (buckets.isEmpty()) {
            return sums;
        }
        for (List<Long> slice : Sql.slices(scopes)) {
            StringJoiner marks = new StringJoiner(", ", " AND bucket IN (", ")");
            buckets.forEach(b -> marks.add("?"));
            Sql q = new Sql("SELECT bucket, " + RollupFigures.selectSums(columns)
                    + " FROM streamstats_rollup WHERE game_id = ?").add(" AND level = ?", level.code())
                    .add(marks.toString(), buckets.toArray()).in("scope_id", slice).add(" GROUP BY bucket");
            Map<Long, RollupFigures> part = new HashMap<>();
            read(gameId, q, columns, part);
            part.forEach((bucket, f) -> sums.merge(bucket, f, RollupFigures::plus));
        }
        return sums;
    }

    private void read(long gameId, Sql q, List<String> columns, Map<Long, RollupFigures> into) {
        try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(q.text())) {
            s.setLong(1, gameId);
            q.bind(s, 2);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.merge(rs.getLong(1), RollupFigures.read(rs, 2, columns), RollupFigures::plus);
                }
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading the rollups of game " + gameId, e);
        }
    }
}
