package org.polymetric.streamstats.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.streamstats.domain.Level;
import org.polymetric.streamstats.domain.PlaybackReport;
import org.polymetric.streamstats.domain.RollupSums;
import org.polymetric.kernel.storage.MultiRow;

/**
 * Adds a batch of reports to the rollups: each report's share of every bucket of every
 * {@link Level} it overlaps (buckets still kept only), in its four scopes. The batch's
 * contributions are merged in memory by (game, level, bucket, scope), so many devices on few
 * channels cost few rows, then appended to the {@link RollupJournal} as one row (several for a very large batch) on the caller's
 * transaction; the journal's folder upserts them into {@code streamstats_rollup} by addition in
 * primary-key order.
 */
@ApplicationScoped
public class RollupWriter {
    private static final List<String> COLUMNS = List.of("game_id", "level", "bucket", "scope_id", "cdn_bytes", "p2p_bytes",
            "beacons_cdn", "beacons_p2p", "played_ms_cdn", "played_ms_p2p", "rebuffered_ms_cdn", "rebuffered_ms_p2p",
            "buffer_health_sum_cdn", "buffer_health_count_cdn", "buffer_health_sum_p2p", "buffer_health_count_p2p",
            "filling_rate_sum_cdn", "filling_rate_count_cdn", "filling_rate_sum_p2p", "filling_rate_count_p2p",
            "dropped_frames_cdn", "dropped_frames_p2p", "response_time_sum_cdn", "response_time_count_cdn",
            "response_time_sum_p2p", "response_time_count_p2p");
    private static final int KEY_COLUMNS = 4;
    private static final MultiRow<Map.Entry<Key, RollupSums>> UPSERT = MultiRow.upsert("streamstats_rollup", COLUMNS,
            sums(COLUMNS.subList(KEY_COLUMNS, COLUMNS.size())), RollupWriter::bind);

    /** A rollup row's primary key. */
    record Key(long gameId, int level, long bucket, long scopeId) {
        static final Comparator<Key> ORDER = Comparator.comparingLong(Key::gameId).thenComparingInt(Key::level)
                .thenComparingLong(Key::bucket).thenComparingLong(Key::scopeId);
    }

    @Inject
    RollupJournal journal;

    /**
     * @param scopeIds each report's four scope ids ({@link ScopeIds#of})
     * @param nowMs    the clock that decides which buckets are still kept
     * @return the rows journaled
     */
    public int write(List<PlaybackReport> reports, List<long[]> scopeIds, long nowMs) throws SQLException {
        List<Map.Entry<Key, RollupSums>> rows = merge(reports, scopeIds, nowMs);
        if (!rows.isEmpty()) {
            journal.append(rows);
        }
        return rows.size();
    }

    /** Adds rows (sorted by key) to {@code streamstats_rollup} on {@code c}. */
    static void upsert(Connection c, List<Map.Entry<Key, RollupSums>> rows) throws SQLException {
        UPSERT.run(c, rows);
    }

    /** The rows in key order: upserts take row locks in that order, so folders wait on each other rather than deadlock. */
    static List<Map.Entry<Key, RollupSums>> sorted(Map<Key, RollupSums> rows) {
        List<Map.Entry<Key, RollupSums>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Map.Entry.comparingByKey(Key.ORDER));
        return sorted;
    }

    /**
     * The batch's rows, each the sum of its reports' parts, in key order. Each report is added
     * once, to its rendition's rows; a wider scope's row is then the sum of its renditions' rows
     * (a rendition lies in one stream, channel and game), so the per-report work does not grow
     * with the number of scopes.
     */
    static List<Map.Entry<Key, RollupSums>> merge(List<PlaybackReport> reports, List<long[]> scopeIds, long nowMs) {
        Map<Key, RollupSums> renditions = new HashMap<>();
        Map<Long, long[]> widerOf = new HashMap<>();
        Level[] levels = Level.values();
        for (int i = 0; i < reports.size(); i++) {
            PlaybackReport r = reports.get(i);
            long[] ids = scopeIds.get(i);
            long rendition = ids[ids.length - 1];
            widerOf.putIfAbsent(rendition, ids);
            for (Level level : levels) {
                for (PlaybackReport.BucketShare share : r.shares(level)) {
                    if (level.keeps(share.bucketMs(), nowMs)) {
                        renditions.computeIfAbsent(new Key(r.gameId(), level.code(), share.bucketMs(), rendition),
                                k -> new RollupSums()).add(r, share);
                    }
                }
            }
        }
        Map<Key, RollupSums> rows = new HashMap<>(renditions);
        for (Map.Entry<Key, RollupSums> row : renditions.entrySet()) {
            Key k = row.getKey();
            long[] ids = widerOf.get(k.scopeId());
            for (int j = 0; j < ids.length - 1; j++) {
                rows.computeIfAbsent(new Key(k.gameId(), k.level(), k.bucket(), ids[j]), x -> new RollupSums()).add(row.getValue());
            }
        }
        return sorted(rows);
    }

    private static String sums(List<String> columns) {
        List<String> set = new ArrayList<>();
        columns.forEach(c -> set.add(c + " = " + c + " + VALUES(" + c + ")"));
        return String.join(", ", set);
    }

    private static int bind(PreparedStatement s, int first, Map.Entry<Key, RollupSums> row) throws SQLException {
        Key k = row.getKey();
        RollupSums v = row.getValue();
        int i = first;
        s.setLong(i++, k.gameId());
        s.setInt(i++, k.level());
        s.setLong(i++, k.bucket());
        s.setLong(i++, k.scopeId());
        s.setLong(i++, v.cdnBytes);
        s.setLong(i++, v.p2pBytes);
        s.setLong(i++, v.cdn.beacons);
        s.setLong(i++, v.p2p.beacons);
        s.setLong(i++, v.cdn.playedMs);
        s.setLong(i++, v.p2p.playedMs);
        s.setLong(i++, v.cdn.rebufferedMs);
        s.setLong(i++, v.p2p.rebufferedMs);
        s.setLong(i++, v.cdn.bufferHealthSum);
        s.setLong(i++, v.cdn.bufferHealthCount);
        s.setLong(i++, v.p2p.bufferHealthSum);
        s.setLong(i++, v.p2p.bufferHealthCount);
        s.setDouble(i++, v.cdn.fillingRateSum);
        s.setLong(i++, v.cdn.fillingRateCount);
        s.setDouble(i++, v.p2p.fillingRateSum);
        s.setLong(i++, v.p2p.fillingRateCount);
        s.setLong(i++, v.cdn.droppedFrames);
        s.setLong(i++, v.p2p.droppedFrames);
        s.setLong(i++, v.responseTimeSumCdn);
        s.setLong(i++, v.responseTimeCountCdn);
        s.setLong(i++, v.responseTimeSumP2p);
        s.setLong(i++, v.responseTimeCountP2p);
        return i;
    }
}
