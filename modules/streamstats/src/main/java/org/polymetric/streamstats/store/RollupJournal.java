package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.JournalFold;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.RollupSums;

/**
 * The rollup journal ({@code sql/streamstats/V3}): the batch writer appends its batch's merged
 * rollup rows as one row, in the batch's transaction, instead of upserting them (the upsert was
 * most of the serial writer's database time); {@link #fold()}, on its own connection beside the
 * writer, merges the pending rows by key and adds them to {@code streamstats_rollup}, deleting
 * them in the same transaction, so each counts exactly once, across crashes too. A folder that
 * falls behind merges more batches into the same rows, so it catches up. Readers of rollups call
 * {@link #foldPending()} first, so they never miss an acknowledged write.
 *
 * <p>Plain JDBC like {@link DayFold}: the folder runs where no JTA transaction is active, and a
 * read's fold commits on its own connection.
 */
@ApplicationScoped
public class RollupJournal {
    /**
     * Rollup rows one journal row holds at most (some 1.8 MB): a batch of many scopes and long
     * intervals (a request of 1 000 five-minute beacons on 1 000 channels makes some 280 000 rows)
     * is journaled as several rows, each well under the server's packet limit (16 MB by default).
     */
    static final int ENTRIES_PER_ROW = 8_192;
    /** Journal rows one fold takes at most: some 60 MB of entries at worst, and batches repeat most keys. */
    public static final int ROWS_PER_FOLD = 32;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /**
     * Adds a batch's merged rows as journal rows of at most {@value #ENTRIES_PER_ROW} entries (one for
     * most batches), on the caller's transaction (the portal's datasource joins it).
     */
    void append(List<Map.Entry<RollupWriter.Key, RollupSums>> rows) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO streamstats_rollup_journal (entries) VALUES (?)")) {
            for (List<Map.Entry<RollupWriter.Key, RollupSums>> part : parts(rows)) {
                s.setBytes(1, encode(part));
                s.executeUpdate();
            }
        }
    }

    /** The rows in parts of at most {@value #ENTRIES_PER_ROW}; none for no rows. */
    static <T> List<List<T>> parts(List<T> rows) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ENTRIES_PER_ROW) {
            parts.add(rows.subList(from, Math.min(rows.size(), from + ENTRIES_PER_ROW)));
        }
        return parts;
    }

    /** Folds until the journal is empty; one indexed look when it is empty, as it mostly is. */
    public void foldPending() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM streamstats_rollup_journal LIMIT 1"); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return;
            }
        } catch (SQLException e) {
            throw new StoreFailure("looking at the streamstats rollup journal", e);
        }
        try {
            while (fold() > 0) {
                // a full take may leave more behind
            }
        } catch (IllegalStateException e) {
            throw new StoreFailure("folding the streamstats rollup journal", e);
        }
    }

    /**
     * Folds up to {@value #ROWS_PER_FOLD} journal rows, oldest first, into the rollups in one
     * transaction. The locking read makes a second folder (a read, another instance) wait, then
     * find the rows gone.
     *
     * @return the journal rows folded
     */
    public int fold() {
        try (Connection c = dataSource.getConnection()) {
            return fold(c);
        } catch (SQLException e) {
            throw new IllegalStateException("folding the streamstats rollup journal", e);
        }
    }

    private static int fold(Connection c) throws SQLException {
        Map<RollupWriter.Key, RollupSums> merged = new HashMap<>();
        return JournalFold.once(c, "streamstats_rollup_journal", "entries", ROWS_PER_FOLD, entry -> mergeInto(merged, decode(entry)),
                on -> RollupWriter.upsert(on, RollupWriter.sorted(merged)));
    }

    /** Adds rows to {@code merged}, summing those of the same key. */
    static void mergeInto(Map<RollupWriter.Key, RollupSums> merged, List<Map.Entry<RollupWriter.Key, RollupSums>> rows) {
        for (Map.Entry<RollupWriter.Key, RollupSums> row : rows) {
            merged.computeIfAbsent(row.getKey(), k -> new RollupSums()).add(row.getValue());
        }
    }

    /** A journal row's bytes: the row count, then per row its key and its 22 sums. */
    static byte[] encode(List<Map.Entry<RollupWriter.Key, RollupSums>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + rows.size() * 200);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(rows.size());
            for (Map.Entry<RollupWriter.Key, RollupSums> row : rows) {
                RollupWriter.Key k = row.getKey();
                out.writeLong(k.gameId());
                out.writeInt(k.level());
                out.writeLong(k.bucket());
                out.writeLong(k.scopeId());
                RollupSums v = row.getValue();
                out.writeLong(v.cdnBytes);
                out.writeLong(v.p2pBytes);
                write(out, v.cdn);
                write(out, v.p2p);
                out.writeLong(v.responseTimeSumCdn);
                out.writeLong(v.responseTimeCountCdn);
                out.writeLong(v.responseTimeSumP2p);
                out.writeLong(v.responseTimeCountP2p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The rows {@link #encode} wrote, in its order. */
    static List<Map.Entry<RollupWriter.Key, RollupSums>> decode(byte[] entries) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entries))) {
            int n = in.readInt();
            List<Map.Entry<RollupWriter.Key, RollupSums>> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RollupWriter.Key k = new RollupWriter.Key(in.readLong(), in.readInt(), in.readLong(), in.readLong());
                RollupSums v = new RollupSums();
                v.cdnBytes = in.readLong();
                v.p2pBytes = in.readLong();
                read(in, v.cdn);
                read(in, v.p2p);
                v.responseTimeSumCdn = in.readLong();
                v.responseTimeCountCdn = in.readLong();
                v.responseTimeSumP2p = in.readLong();
                v.responseTimeCountP2p = in.readLong();
                rows.add(Map.entry(k, v));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("a streamstats rollup journal row that does not decode", e);
        }
    }

    private static void write(DataOutputStream out, RollupSums.PerSource s) throws IOException {
        out.writeLong(s.beacons);
        out.writeLong(s.playedMs);
        out.writeLong(s.rebufferedMs);
        out.writeLong(s.bufferHealthSum);
        out.writeLong(s.bufferHealthCount);
        out.writeDouble(s.fillingRateSum);
        out.writeLong(s.fillingRateCount);
        out.writeLong(s.droppedFrames);
    }

    private static void read(DataInputStream in, RollupSums.PerSource s) throws IOException {
        s.beacons = in.readLong();
        s.playedMs = in.readLong();
        s.rebufferedMs = in.readLong();
        s.bufferHealthSum = in.readLong();
        s.bufferHealthCount = in.readLong();
        s.fillingRateSum = in.readDouble();
        s.fillingRateCount = in.readLong();
        s.droppedFrames = in.readLong();
    }
}
