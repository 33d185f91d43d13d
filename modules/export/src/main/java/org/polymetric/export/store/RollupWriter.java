package org.polymetric.export.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.polymetric.export.domain.BatchRollup;
import org.polymetric.export.domain.BatchRollup.Bucket;
import org.polymetric.export.domain.Sums;
import org.polymetric.export.domain.Tier;
import org.polymetric.kernel.storage.Storage;

/**
 * Adds a batch's merged rows to the rollups on the caller's transaction (the kernel's batch
 * transaction: the portal's datasource joins it), in a few multi-row statements:
 * <ol>
 * <li>its buckets into {@code export_bucket} ({@code INSERT IGNORE}, in key order); a bucket new
 * to the table that is already due to close is born closed, as its projections are then exactly
 * the deltas this batch adds, so only buckets opened while fresh wait for the closer;</li>
 * <li>the states of its buckets with a locking read: a closer that marked one closed and has not
 * committed makes this read wait for its commit, and a closer that comes after waits for this
 * transaction (the marker protocol of streamstats' day fold), so each beacon reaches the
 * projections exactly once: by the closer's derivation or by this batch's deltas;</li>
 * <li>the full rows of the four tiers, added ({@code ON DUPLICATE KEY UPDATE}, key order);</li>
 * <li>for the closed buckets, what the rows add to each projection, added likewise.</li>
 * </ol>
 */
@ApplicationScoped
public class RollupWriter {
    /** Buckets named in one locking read. */
    static final int BUCKETS_PER_READ = 1_000;
    private static final String FULL_COLUMNS = "game_id, bucket, browser, country, city, isp, os, page, " + Tables.SUMS;
    private static final String CUBE_COLUMNS = "game_id, projection, bucket, a, b, " + Tables.SUMS;
    /** A bucket and whether it is born closed. */
    private static final MultiRow<Map.Entry<Bucket, Boolean>> BUCKETS = new MultiRow<>("INSERT IGNORE INTO " + Tables.BUCKET,
            "game_id, tier, bucket, closed", "(?,?,?,?)", "", (s, i, e) -> {
                Bucket b = e.getKey();
                s.setLong(i, b.gameId());
                s.setInt(i + 1, b.tier().ordinal());
                s.setLong(i + 2, b.bucket());
                s.setBoolean(i + 3, e.getValue());
                return i + 4;
            });
    private static final Map<Tier, MultiRow<Map.Entry<BatchRollup.Row, Sums>>> FULL = new EnumMap<>(Tier.class);
    private static final Map<Tier, MultiRow<Map.Entry<BatchRollup.CubeRow, Sums>>> CUBE = new EnumMap<>(Tier.class);

    static {
        for (Tier t : Tier.values()) {
            FULL.put(t, new MultiRow<>("INSERT INTO " + Tables.full(t), FULL_COLUMNS, "(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    " ON DUPLICATE KEY UPDATE " + Tables.addSums(), RollupWriter::bindFull));
            CUBE.put(t, new MultiRow<>("INSERT INTO " + Tables.cube(t), CUBE_COLUMNS, "(?,?,?,?,?,?,?,?,?,?)",
                    " ON DUPLICATE KEY UPDATE " + Tables.addSums(), RollupWriter::bindCube));
        }
    }

    /** What one batch wrote: rows per kind, and its buckets that are still open (for the closer). */
    public record Written(int fullRows, int cubeRows, int statements, List<Bucket> open) {
    }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** Writes the batch's rows; {@code nowMs} decides which new buckets are born closed. */
    public Written write(BatchRollup batch, long nowMs) throws SQLException {
        List<Bucket> buckets = batch.buckets();
        if (buckets.isEmpty()) {
            return new Written(0, 0, 0, List.of());
        }
        int fullRows = 0;
        int cubeRows = 0;
        int statements = 0;
        try (Connection c = dataSource.getConnection()) {
            statements += BUCKETS.run(c, buckets.stream().map(b -> Map.entry(b, b.due(nowMs))).toList());
            Set<Bucket> closed = new HashSet<>();
            statements += closed(c, buckets, closed);
            for (Tier t : Tier.values()) {
                List<Map.Entry<BatchRollup.Row, Sums>> rows = batch.rows(t);
                statements += FULL.get(t).run(c, rows);
                fullRows += rows.size();
            }
            if (!closed.isEmpty()) {
                for (Tier t : Tier.values()) {
                    List<Map.Entry<BatchRollup.CubeRow, Sums>> rows = batch.projections(t, closed::contains);
                    statements += CUBE.get(t).run(c, rows);
                    cubeRows += rows.size();
                }
            }
            List<Bucket> open = new ArrayList<>();
            buckets.forEach(b -> {
                if (!closed.contains(b)) {
                    open.add(b);
                }
            });
            return new Written(fullRows, cubeRows, statements, open);
        }
    }

    /**
     * Adds the closed ones of the buckets to {@code closed}, reading with shared locks held to the
     * end of the transaction. The buckets come grouped by game and tier (key order), so the read
     * names each group's buckets in one {@code IN} list.
     */
    private static int closed(Connection c, List<Bucket> buckets, Set<Bucket> closed) throws SQLException {
        int statements = 0;
        for (int from = 0; from < buckets.size(); from += BUCKETS_PER_READ) {
            List<Bucket> slice = buckets.subList(from, Math.min(buckets.size(), from + BUCKETS_PER_READ));
            Map<Bucket, List<Long>> groups = new LinkedHashMap<>();
            slice.forEach(b -> groups.computeIfAbsent(new Bucket(b.gameId(), b.tier(), 0), k -> new ArrayList<>()).add(b.bucket()));
            StringJoiner where = new StringJoiner(" OR ");
            List<Long> args = new ArrayList<>();
            groups.forEach((g, list) -> {
                StringJoiner in = new StringJoiner(",", "(game_id = ? AND tier = ? AND bucket IN (", "))");
                args.add(g.gameId());
                args.add((long) g.tier().ordinal());
                list.forEach(b -> {
                    in.add("?");
                    args.add(b);
                });
                where.add(in.toString());
            });
            try (PreparedStatement s = c.prepareStatement("SELECT game_id, tier, bucket FROM " + Tables.BUCKET + " WHERE (" + where
                    + ") AND closed LOCK IN SHARE MODE")) {
                for (int i = 0; i < args.size(); i++) {
                    s.setLong(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        closed.add(new Bucket(r.getLong(1), Tier.values()[r.getInt(2)], r.getLong(3)));
                    }
                }
            }
            statements++;
        }
        return statements;
    }

    private static int bindSums(PreparedStatement s, int first, Sums v) throws SQLException {
        s.setLong(first, v.http());
        s.setLong(first + 1, v.p2p());
        s.setLong(first + 2, v.played());
        s.setLong(first + 3, v.rebuffered());
        s.setLong(first + 4, v.sessionMs());
        return first + 5;
    }

    private static int bindFull(PreparedStatement s, int first, Map.Entry<BatchRollup.Row, Sums> row) throws SQLException {
        BatchRollup.Row k = row.getKey();
        s.setLong(first, k.gameId());
        s.setLong(first + 1, k.bucket());
        s.setInt(first + 2, k.values().browser());
        s.setInt(first + 3, k.values().country());
        s.setInt(first + 4, k.values().city());
        s.setInt(first + 5, k.values().isp());
        s.setInt(first + 6, k.values().os());
        s.setInt(first + 7, k.values().page());
        return bindSums(s, first + 8, row.getValue());
    }

    private static int bindCube(PreparedStatement s, int first, Map.Entry<BatchRollup.CubeRow, Sums> row) throws SQLException {
        BatchRollup.CubeRow k = row.getKey();
        s.setLong(first, k.gameId());
        s.setInt(first + 1, k.projection());
        s.setLong(first + 2, k.bucket());
        s.setInt(first + 3, k.a());
        s.setInt(first + 4, k.b());
        return bindSums(s, first + 5, row.getValue());
    }
}
