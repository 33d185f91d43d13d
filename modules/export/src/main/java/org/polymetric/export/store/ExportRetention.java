package org.polymetric.export.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.polymetric.export.domain.Projection;
import org.polymetric.export.domain.Tier;
import org.polymetric.kernel.storage.Storage;

/**
 * Deletes the rows of buckets past their tier's retention ({@link Tier#keptMs}: a bucket's rows
 * go once it started that long ago, the rule by which the writer skips them; day rows stay): full,
 * projection and bucket rows alike. Game by game along each table's primary key, in statements of
 * at most {@value #CHUNK} rows with autocommit, so no delete holds many locks or a long
 * transaction while beacons are written. Several instances may purge at once: deleting what is
 * gone costs nothing. Values stay: a game's ids never change.
 */
@ApplicationScoped
public class ExportRetention {
    static final int CHUNK = 10_000;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** Deletes what is past its retention at {@code nowMs}; returns the rows deleted. */
    public long purge(long nowMs) {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            for (long game : games(c)) {
                for (Tier t : Tier.values()) {
                    if (t.keptMs() == 0) {
                        continue;
                    }
                    long before = nowMs - t.keptMs();
                    rows += chunks(c, "DELETE FROM " + Tables.full(t) + " WHERE game_id = ? AND bucket < ? LIMIT " + CHUNK, game, before);
                    for (Projection p : Projection.all()) {
                        rows += chunks(c, "DELETE FROM " + Tables.cube(t) + " WHERE game_id = ? AND projection = " + p.id()
                                + " AND bucket < ? LIMIT " + CHUNK, game, before);
                    }
                    rows += chunks(c, "DELETE FROM " + Tables.BUCKET + " WHERE game_id = ? AND tier = " + t.ordinal()
                            + " AND bucket < ? LIMIT " + CHUNK, game, before);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("purging export rows", e);
        }
        return rows;
    }

    /**
     * The games with buckets, deleted games included (the rows have no foreign key, so they age
     * out here too); every full and projection row has its bucket row. {@code DISTINCT} on the
     * key's first column skips along the primary key.
     */
    private static List<Long> games(Connection c) throws SQLException {
        List<Long> games = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT game_id FROM " + Tables.BUCKET); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                games.add(r.getLong(1));
            }
        }
        return games;
    }

    /** Runs a bounded delete until it deletes less than a chunk. */
    private static long chunks(Connection c, String sql, long game, long before) throws SQLException {
        long total = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, game);
            s.setLong(2, before);
            int deleted;
            do {
                deleted = s.executeUpdate();
                total += deleted;
            } while (deleted == CHUNK);
        }
        return total;
    }
}
