package org.polymetric.counters.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.counters.domain.Rollup;

/**
 * The minute rollups, kept as one {@code counters_minutes} row per series and hour
 * ({@link MinuteChunk}). A write of five minutes of 1 000 series touches 1 000 rows instead of
 * 5 000: the database's cost per row, not per byte, is what bounds counter ingest on a small
 * machine. Reads decode the hours they cover and sum the minutes in Java.
 */
final class MinuteChunks {
    static final String TABLE = "counters_minutes";
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final long HOUR = Resolution.HOUR.seconds();

    private MinuteChunks() {
    }

    /** Appends minute rollups (sorted by key) to their hours' rows, within the caller's transaction. */
    static void append(Connection c, List<Map.Entry<RollupRows.Key, Rollup>> minutes) throws SQLException {
        List<String> rows = new ArrayList<>();
        StringBuilder row = null;
        long series = 0;
        long hour = 0;
        for (Map.Entry<RollupRows.Key, Rollup> e : minutes) {
            RollupRows.Key k = e.getKey();
            long h = Resolution.HOUR.floor(k.at());
            if (row == null || k.seriesId() != series || h != hour) {
                if (row != null) {
                    rows.add(row.append("')").toString());
                }
                series = k.seriesId();
                hour = h;
                row = new StringBuilder(96).append('(').append(series).append(',').append(hour).append(",'");
            }
            MinuteChunk.append(row, (int) ((k.at() - hour) / 60), e.getValue(), hour);
        }
        if (row != null) {
            rows.add(row.append("')").toString());
        }
        try (Statement s = c.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                // the texts hold digits, signs, points, E and = , @ ; only (MinuteChunk): nothing to quote
                s.executeUpdate("INSERT INTO " + TABLE + " (series_id, at, minutes) VALUES "
                        + String.join(",", rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)))
                        + " ON DUPLICATE KEY UPDATE minutes = CONCAT(minutes, VALUES(minutes))");
            }
        }
    }

    /** As {@link RollupStore#buckets} for minutes: the hours overlapping the range, summed per bucket. */
    static List<RollupStore.Bucket> buckets(Connection c, Collection<Long> seriesIds, long from, long to, long step)
            throws SQLException {
        long first = Resolution.MINUTE.floor(from);
        Map<Long, TreeMap<Long, Rollup>> sums = new TreeMap<>();
        read(c, "SELECT series_id, at, minutes FROM " + TABLE + " WHERE series_id IN (" + marks(seriesIds.size())
                + ") AND at >= ? AND at < ?", seriesIds, List.of(Resolution.HOUR.floor(first), to), (series, hourAt, minutes) -> {
                    for (int m = 0; m < minutes.length; m++) {
                        long at = hourAt + m * 60L;
                        if (minutes[m] != null && at >= first && at < to) {
                            sums.computeIfAbsent(series, x -> new TreeMap<>()).merge(Math.floorDiv(at, step) * step, minutes[m],
                                    Rollup::plus);
                        }
                    }
                });
        List<RollupStore.Bucket> out = new ArrayList<>();
        sums.forEach((series, byBucket) -> byBucket.forEach((b, r) ->
                out.add(new RollupStore.Bucket(series, b, r.count(), r.sum(), r.min(), r.max()))));
        return out;
    }

    /** Each series' latest minute's last value, from its latest hour. */
    static Map<Long, RollupStore.Latest> latest(Connection c, Collection<Long> seriesIds) throws SQLException {
        Map<Long, RollupStore.Latest> out = new HashMap<>();
        read(c, "SELECT m.series_id, m.at, m.minutes FROM " + TABLE + " m JOIN (SELECT series_id, MAX(at) AS at FROM " + TABLE
                + " WHERE series_id IN (" + marks(seriesIds.size()) + ") GROUP BY series_id) x "
                + "ON x.series_id = m.series_id AND x.at = m.at", seriesIds, List.of(), (series, hourAt, minutes) -> {
                    for (int m = minutes.length - 1; m >= 0; m--) {
                        if (minutes[m] != null) {
                            out.put(series, new RollupStore.Latest(minutes[m].last(), minutes[m].lastAt()));
                            return;
                        }
                    }
                });
        return out;
    }

    /** Deletes one series' hours that lie wholly before {@code before} (epoch seconds); returns how many. */
    static int purge(Connection c, long seriesId, long before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE series_id = ? AND at <= ?")) {
            s.setLong(1, seriesId);
            s.setLong(2, before - HOUR);
            return s.executeUpdate();
        }
    }

    private interface HourReader {
        void read(long seriesId, long hourAt, Rollup[] minutes);
    }

    private static void read(Connection c, String sql, Collection<Long> seriesIds, List<Long> more, HourReader reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (long id : seriesIds) {
                s.setLong(i++, id);
            }
            for (long v : more) {
                s.setLong(i++, v);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long hourAt = r.getLong(2);
                    reader.read(r.getLong(1), hourAt, MinuteChunk.read(r.getString(3), hourAt));
                }
            }
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
