package org.polymetric.counters.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.storage.LaggingReads;

/**
 * Reads the minute, hour and day rollups back, summed per bucket in the database. Its connections
 * are reads that may lag ({@link LaggingReads}): a replica's in Photon's read requests, the
 * primary's anywhere else. The journal is settled on the primary first (a write), so a read of
 * hours or days there never misses a committed write; a replica has it once it has caught up.
 */
@ApplicationScoped
public class RollupReader {

    /** The sums of one series over one query bucket starting at {@code at} (epoch seconds). */
    public record Bucket(long seriesId, long at, long count, double sum, double min, double max) {
    }

    /** A series' latest value and when it was taken. */
    public record Latest(double value, Instant at) {
    }

    @Inject
    LaggingReads reads;

    @Inject
    RollupJournal journal;

    /**
     * The sums per bucket of {@code step} seconds (aligned to the epoch, at least the resolution's
     * width) of each series, over rows from {@code from} (included) to {@code to} (excluded), in
     * epoch seconds. Buckets without rows are left out.
     */
    public List<Bucket> buckets(Collection<Long> seriesIds, Resolution resolution, long from, long to, long step) {
        List<Bucket> out = new ArrayList<>();
        if (seriesIds.isEmpty()) {
            return out;
        }
        if (resolution == Resolution.MINUTE) {
            try (Connection c = reads.source().getConnection()) {
                return MinuteChunks.buckets(c, seriesIds, from, to, step);
            } catch (SQLException e) {
                throw new IllegalStateException("reading counter minutes", e);
            }
        }
        journal.settle();
        String sql = "SELECT series_id, FLOOR(at / ?) * ? AS b, SUM(count), SUM(sum), MIN(min), MAX(max) FROM "
                + resolution.table() + " WHERE series_id IN (" + RollupRows.marks(seriesIds.size())
                + ") AND at >= ? AND at < ? GROUP BY series_id, b ORDER BY series_id, b";
        try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, step);
            s.setLong(i++, step);
            for (long id : seriesIds) {
                s.setLong(i++, id);
            }
            s.setLong(i++, resolution.floor(from));
            s.setLong(i, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Bucket(r.getLong(1), r.getLong(2), r.getLong(3), r.getDouble(4), r.getDouble(5), r.getDouble(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading counter rollups", e);
        }
        return out;
    }

    /** Each series' latest value kept at minute resolution (series silent for 14 days have none). */
    public Map<Long, Latest> latest(Collection<Long> seriesIds) {
        Map<Long, Latest> out = new HashMap<>();
        if (seriesIds.isEmpty()) {
            return out;
        }
        try (Connection c = reads.source().getConnection()) {
            return MinuteChunks.latest(c, seriesIds);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the latest counter values", e);
        }
    }
}
