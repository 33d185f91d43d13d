package org.polymetric.counters.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.counters.domain.Rollup;
import org.polymetric.kernel.storage.Storage;

/**
 * The minute, hour and day rollups. A write folds its readings into minute and hour rollups per
 * series and bucket in memory, then appends the minutes to their chunks' rows ({@link
 * MinuteChunks}; rows in key order, so two writes of the same series never wait on each other in
 * opposite orders) and journals the hours, in one transaction; a deadlock or lock timeout is retried. The {@link RollupJournal} brings hours and
 * days up to date, and reads of those settle it first. Reads sum whole buckets in the database,
 * per query step.
 */
@ApplicationScoped
public class RollupStore {

    /** One sample of a series. */
    public record Reading(long seriesId, Instant at, double value) {
    }

    /** The sums of one series over one query bucket starting at {@code at} (epoch seconds). */
    public record Bucket(long seriesId, long at, long count, double sum, double min, double max) {
    }

    /** A series' latest value and when it was taken. */
    public record Latest(double value, Instant at) {
    }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    RollupJournal journal;

    /** Adds the readings to every resolution, all or nothing. */
    public void add(List<Reading> readings) {
        // in key order, a reading's minute and hour rollups are the last ones folded so far, or new
        List<Reading> sorted = new ArrayList<>(readings);
        sorted.sort(IN_KEY_ORDER); // stable: of two readings at the same instant, the later line stays last
        List<Map.Entry<RollupRows.Key, Rollup>> minutes = fold(sorted, Resolution.MINUTE);
        List<Map.Entry<RollupRows.Key, Rollup>> hours = fold(sorted, Resolution.HOUR);
        RollupRows.retried("writing " + readings.size() + " counter readings", () -> {
            write(minutes, hours);
            return null;
        });
    }

    private static final Comparator<Reading> IN_KEY_ORDER = (a, b) -> {
        int c = Long.compare(a.seriesId(), b.seriesId());
        return c != 0 ? c : a.at().compareTo(b.at());
    };

    /** The rollups of readings sorted by key, per bucket of {@code r}, in key order. */
    private static List<Map.Entry<RollupRows.Key, Rollup>> fold(List<Reading> sorted, Resolution r) {
        List<Map.Entry<RollupRows.Key, Rollup>> out = new ArrayList<>();
        RollupRows.Key key = null;
        Rollup rollup = null;
        for (Reading reading : sorted) {
            long at = r.floor(reading.at().getEpochSecond());
            if (key != null && key.seriesId() == reading.seriesId() && key.at() == at) {
                rollup = rollup.plus(reading.at(), reading.value());
                continue;
            }
            if (key != null) {
                out.add(Map.entry(key, rollup));
            }
            key = new RollupRows.Key(reading.seriesId(), at);
            rollup = Rollup.of(reading.at(), reading.value());
        }
        if (key != null) {
            out.add(Map.entry(key, rollup));
        }
        return out;
    }

    private void write(List<Map.Entry<RollupRows.Key, Rollup>> minutes, List<Map.Entry<RollupRows.Key, Rollup>> hours)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                MinuteChunks.append(c, minutes);
                journal.append(c, hours);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

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
            try (Connection c = dataSource.getConnection()) {
                return MinuteChunks.buckets(c, seriesIds, from, to, step);
            } catch (SQLException e) {
                throw new IllegalStateException("reading counter minutes", e);
            }
        }
        journal.settle();
        String sql = "SELECT series_id, FLOOR(at / ?) * ? AS b, SUM(count), SUM(sum), MIN(min), MAX(max) FROM "
                + resolution.table() + " WHERE series_id IN (" + RollupRows.marks(seriesIds.size())
                + ") AND at >= ? AND at < ? GROUP BY series_id, b ORDER BY series_id, b";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
        try (Connection c = dataSource.getConnection()) {
            return MinuteChunks.latest(c, seriesIds);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the latest counter values", e);
        }
    }

    /**
     * Deletes one series' rows of {@code resolution} older than {@code before} (epoch seconds);
     * returns how many. Minutes go by whole ten-minute chunks, once a chunk's last minute is older.
     */
    public int purge(long seriesId, Resolution resolution, long before) {
        if (resolution == Resolution.MINUTE) {
            try (Connection c = dataSource.getConnection()) {
                return MinuteChunks.purge(c, seriesId, before);
            } catch (SQLException e) {
                throw new IllegalStateException("purging the minutes of series " + seriesId, e);
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM " + resolution.table() + " WHERE series_id = ? AND at < ?")) {
            s.setLong(1, seriesId);
            s.setLong(2, before);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("purging " + resolution + " rollups of series " + seriesId, e);
        }
    }
}
