package org.polymetric.counters.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.counters.domain.Rollup;

/**
 * The minute rollups, kept as one {@code counters_minutes} row per series and ten minutes
 * ({@link MinuteChunk}). A write of five minutes of 1 000 series touches 1 000 rows instead of
 * 5 000: the database's cost per row is what bounds counter ingest on a small machine. Ten
 * minutes and not an hour because the database logs a row it appends to whole: a row kept short
 * keeps an agent's writes every ten seconds cheap. Reads decode the chunks they cover and sum
 * the minutes in Java.
 */
final class MinuteChunks {
    static final String TABLE = "counters_minutes";
    private static final int ROWS_PER_STATEMENT = 1_000;

    private MinuteChunks() {
    }

    /** Appends minute rollups (sorted by key) to their chunks' rows, within the caller's transaction. */
    static void append(Connection c, List<Map.Entry<RollupRows.Key, Rollup>> minutes) throws SQLException {
        List<String> rows = new ArrayList<>();
        StringBuilder row = null;
        long series = 0;
        long chunk = 0;
        for (Map.Entry<RollupRows.Key, Rollup> e : minutes) {
            RollupRows.Key k = e.getKey();
            long start = MinuteChunk.floor(k.at());
            if (row == null || k.seriesId() != series || start != chunk) {
                if (row != null) {
                    rows.add(row.append("')").toString());
                }
                series = k.seriesId();
                chunk = start;
                row = new StringBuilder(96).append('(').append(series).append(',').append(chunk).append(",'");
            }
            MinuteChunk.append(row, (int) ((k.at() - chunk) / 60), e.getValue(), chunk);
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

    /** As {@link RollupReader#buckets} for minutes: the chunks overlapping the range, summed per bucket. */
    static List<RollupReader.Bucket> buckets(Connection c, Collection<Long> seriesIds, long from, long to, long step)
            throws SQLException {
        long first = Resolution.MINUTE.floor(from);
        Map<Long, TreeMap<Long, Rollup>> sums = new TreeMap<>();
        read(c, "SELECT series_id, at, minutes FROM " + TABLE + " WHERE series_id IN (" + RollupRows.marks(seriesIds.size())
                + ") AND at >= ? AND at < ?", seriesIds, List.of(MinuteChunk.floor(first), to), (series, chunkAt, minutes) -> {
                    for (int m = 0; m < minutes.length; m++) {
                        long at = chunkAt + m * 60L;
                        if (minutes[m] != null && at >= first && at < to) {
                            sums.computeIfAbsent(series, x -> new TreeMap<>()).merge(Math.floorDiv(at, step) * step, minutes[m],
                                    Rollup::plus);
                        }
                    }
                });
        List<RollupReader.Bucket> out = new ArrayList<>();
        sums.forEach((series, byBucket) -> byBucket.forEach((b, r) ->
                out.add(new RollupReader.Bucket(series, b, r.count(), r.sum(), r.min(), r.max()))));
        return out;
    }

    /** Each series' latest minute's last value, from its latest chunk. */
    static Map<Long, RollupReader.Latest> latest(Connection c, Collection<Long> seriesIds) throws SQLException {
        Map<Long, RollupReader.Latest> out = new HashMap<>();
        read(c, "SELECT m.series_id, m.at, m.minutes FROM " + TABLE + " m JOIN (SELECT series_id, MAX(at) AS at FROM " + TABLE
                + " WHERE series_id IN (" + RollupRows.marks(seriesIds.size()) + ") GROUP BY series_id) x "
                + "ON x.series_id = m.series_id AND x.at = m.at", seriesIds, List.of(), (series, chunkAt, minutes) -> {
                    for (int m = minutes.length - 1; m >= 0; m--) {
                        if (minutes[m] != null) {
                            out.put(series, new RollupReader.Latest(minutes[m].last(), minutes[m].lastAt()));
                            return;
                        }
                    }
                });
        return out;
    }

    /** Deletes one series' chunks that lie wholly before {@code before} (epoch seconds); returns how many. */
    static int purge(Connection c, long seriesId, long before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE series_id = ? AND at <= ?")) {
            s.setLong(1, seriesId);
            s.setLong(2, before - MinuteChunk.SECONDS);
            return s.executeUpdate();
        }
    }

    private interface ChunkReader {
        void read(long seriesId, long chunkAt, Rollup[] minutes);
    }

    private static void read(Connection c, String sql, Collection<Long> seriesIds, List<Long> more, ChunkReader reader)
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
                    long chunkAt = r.getLong(2);
                    reader.read(r.getLong(1), chunkAt, MinuteChunk.read(r.getString(3), chunkAt));
                }
            }
        }
    }

}
