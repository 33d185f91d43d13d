package org.polymetric.counters.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * days up to date, and reads of those settle it first. Reads are {@link RollupReader}'s: they may
 * lag, the store's writes never do.
 */
@ApplicationScoped
public class RollupStore {

    /** One sample of a series. */
    public record Reading(long seriesId, Instant at, double value) {
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
