package org.polymetric.counters.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.counters.domain.Rollup;
import org.polymetric.kernel.storage.JournalFold;
import org.polymetric.kernel.storage.Storage;

/**
 * The hour rollups that writes committed but the hour and day tables do not hold yet. A write
 * stores its minute rows and one journal row (its hours, see {@link JournalEntry}) in one
 * transaction; {@link #apply()} later folds every pending row into the hour and day tables and
 * deletes them, in one transaction too, so each entry counts exactly once, also after a crash.
 * Folding many writes at once is the point: agents write the same series hour after hour, so
 * 40 writes of 1 000 series make 1 000 hour and day upserts instead of 40 000 each.
 * Readers of hours and days call {@link #settle()} first, so they never miss a committed write.
 */
@ApplicationScoped
public class RollupJournal {
    /** Entries folded per transaction: 200 writes of 10 000 lines are 128 MB at most. */
    private static final int ENTRIES_PER_APPLY = 200;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** Adds a write's hour rollups, within the write's own transaction on {@code c}. */
    void append(Connection c, List<Map.Entry<RollupRows.Key, Rollup>> hours) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO counters_rollup_journal (hours) VALUES (?)")) {
            s.setBytes(1, JournalEntry.encode(hours));
            s.executeUpdate();
        }
    }

    /** Applies the journal if it holds anything: one indexed look when it is empty, as it mostly is. */
    public void settle() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM counters_rollup_journal)"); ResultSet r = s.executeQuery()) {
            if (!r.next() || !r.getBoolean(1)) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking at the counters rollup journal", e);
        }
        apply();
    }

    /**
     * Folds all pending entries into the hour and day tables; returns how many it applied.
     * Synchronized: one thread of an instance applies at a time (others would only wait on its
     * rows). Instances sharing a database lock the entries they fold; one that waited finds them
     * gone and folds only what is left.
     */
    public synchronized int apply() {
        int applied = 0;
        for (int n; (n = applyOnce()) > 0; ) {
            applied += n;
        }
        return applied;
    }

    private int applyOnce() {
        return RollupRows.retried("applying the counters rollup journal", () -> {
            try (Connection c = dataSource.getConnection()) {
                return applyOnce(c);
            }
        });
    }

    private int applyOnce(Connection c) throws SQLException {
        Map<RollupRows.Key, Rollup> hours = new HashMap<>();
        return JournalFold.once(c, "counters_rollup_journal", "hours", ENTRIES_PER_APPLY,
                entry -> JournalEntry.decodeInto(entry, hours), on -> {
                    Map<RollupRows.Key, Rollup> days = new HashMap<>();
                    for (Map.Entry<RollupRows.Key, Rollup> e : hours.entrySet()) {
                        days.merge(new RollupRows.Key(e.getKey().seriesId(), Resolution.DAY.floor(e.getKey().at())), e.getValue(),
                                Rollup::plus);
                    }
                    RollupRows.upsert(on, Resolution.HOUR.table(), RollupRows.sorted(hours));
                    RollupRows.upsert(on, Resolution.DAY.table(), RollupRows.sorted(days));
                });
    }
}
