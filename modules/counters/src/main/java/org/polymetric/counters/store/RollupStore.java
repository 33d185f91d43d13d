package org.polymetric.counters.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.counters.domain.Rollup;
import org.polymetric.kernel.storage.Storage;

/**
 * The minute, hour and day rollups. A write folds its readings into rollups per series and
 * bucket in memory, then upserts all three tables in one transaction, rows in key order (two
 * writes of the same series never wait on each other in opposite orders); a deadlock or lock
 * timeout is retried. Reads sum whole buckets in the database, per query step.
 */
@ApplicationScoped
public class RollupStore {
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int ATTEMPTS = 4;
    private static final String UPSERT_TAIL = " ON DUPLICATE KEY UPDATE "
            // `last` first: MariaDB assigns left to right, so it still compares with the old last_at
            + "last = IF(VALUES(last_at) >= last_at, VALUES(last), last), last_at = GREATEST(last_at, VALUES(last_at)), "
            + "count = count + VALUES(count), sum = sum + VALUES(sum), min = LEAST(min, VALUES(min)), "
            + "max = GREATEST(max, VALUES(max))";

    /** One sample of a series. */
    public record Reading(long seriesId, Instant at, double value) {
    }

    /** The sums of one series over one query bucket starting at {@code at} (epoch seconds). */
    public record Bucket(long seriesId, long at, long count, double sum, double min, double max) {
    }

    /** A series' latest value and when it was taken. */
    public record Latest(double value, Instant at) {
    }

    private record Key(long seriesId, long at) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(seriesId, o.seriesId);
            return c != 0 ? c : Long.compare(at, o.at);
        }
    }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** Adds the readings to every resolution, all or nothing. */
    public void add(List<Reading> readings) {
        Map<Resolution, List<Map.Entry<Key, Rollup>>> rows = new EnumMap<>(Resolution.class);
        for (Resolution r : Resolution.values()) {
            Map<Key, Rollup> buckets = new HashMap<>();
            for (Reading reading : readings) {
                Key key = new Key(reading.seriesId(), r.floor(reading.at().getEpochSecond()));
                buckets.merge(key, Rollup.of(reading.at(), reading.value()), Rollup::plus);
            }
            List<Map.Entry<Key, Rollup>> sorted = new ArrayList<>(buckets.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            rows.put(r, sorted);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                write(rows);
                return;
            } catch (SQLException e) {
                if (!retryable(e) || attempt == ATTEMPTS) {
                    throw new IllegalStateException("writing " + readings.size() + " counter readings", e);
                }
            }
        }
    }

    private static boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || e.getErrorCode() == 1213 || e.getErrorCode() == 1205;
    }

    private void write(Map<Resolution, List<Map.Entry<Key, Rollup>>> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Map.Entry<Resolution, List<Map.Entry<Key, Rollup>>> e : rows.entrySet()) {
                    upsert(c, e.getKey().table(), e.getValue());
                }
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
     * Multi-row upserts with the values written into the statement: they are all numbers this
     * class formats itself (finite doubles, longs), so nothing can be injected, and the driver
     * neither parses 8 000 placeholders nor encodes each value, which was most of a write's time
     * in the Java process.
     */
    private static void upsert(Connection c, String table, List<Map.Entry<Key, Rollup>> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Map.Entry<Key, Rollup>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                StringBuilder sql = new StringBuilder(64 + chunk.size() * 96).append("INSERT INTO ").append(table)
                        .append(" (series_id, at, count, sum, min, max, last, last_at) VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    Key k = chunk.get(i).getKey();
                    Rollup r = chunk.get(i).getValue();
                    sql.append(i == 0 ? "(" : ",(").append(k.seriesId()).append(',').append(k.at()).append(',').append(r.count())
                            .append(',').append(finite(r.sum())).append(',').append(finite(r.min())).append(',')
                            .append(finite(r.max())).append(',').append(finite(r.last())).append(',')
                            .append(r.lastAt().toEpochMilli()).append(')');
                }
                s.executeUpdate(sql.append(UPSERT_TAIL).toString());
            }
        }
    }

    /** A double as SQL text; the write refuses non-finite values, so one here is a bug, not input. */
    private static String finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a rollup value is not finite: " + v);
        }
        return Double.toString(v);
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
        String sql = "SELECT series_id, FLOOR(at / ?) * ? AS b, SUM(count), SUM(sum), MIN(min), MAX(max) FROM "
                + resolution.table() + " WHERE series_id IN (" + String.join(",", Collections.nCopies(seriesIds.size(), "?"))
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
        String marks = String.join(",", Collections.nCopies(seriesIds.size(), "?"));
        String sql = "SELECT m.series_id, m.last, m.last_at FROM counters_minute m JOIN (SELECT series_id, MAX(at) AS at "
                + "FROM counters_minute WHERE series_id IN (" + marks + ") GROUP BY series_id) x "
                + "ON x.series_id = m.series_id AND x.at = m.at";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (long id : seriesIds) {
                s.setLong(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new Latest(r.getDouble(2), Instant.ofEpochMilli(r.getLong(3))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the latest counter values", e);
        }
        return out;
    }

    /** Deletes one series' rows of {@code resolution} older than {@code before} (epoch seconds); returns how many. */
    public int purge(long seriesId, Resolution resolution, long before) {
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
