package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.DeviceDay;
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.domain.Level;

/**
 * Deletes rows past their retention: rollups per {@link Level#kept()}, device hours after
 * {@link DeviceHour#KEPT}, device days after {@link DeviceDay#KEPT}. A row goes once its whole
 * period has ended that long ago (the rule by which writers skip it). Game by game along each
 * table's primary key (game, level, bucket / game, hour / game, day), in statements of at most
 * {@value #CHUNK} rows with autocommit, so no delete holds many locks or a long transaction while
 * beacons are written. Several instances may purge at once: deleting what is gone costs nothing.
 *
 * <p>Hour rows of an hour not yet folded into the day rows ({@link DayFold}: normally folded two
 * minutes after the hour, but not when the portal was stopped for days) are folded first, so no
 * beacon's day part is lost; fold markers go with the day rows' retention.
 */
@ApplicationScoped
public class Retention {
    static final int CHUNK = 10_000;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    DayFold fold;

    /** Deletes what is past its retention at {@code nowMs}; returns the rows deleted. */
    public long purge(long nowMs) {
        long rows = 0;
        long hours = nowMs - DeviceHour.KEPT.toMillis() - DeviceHour.MILLIS;
        long days = nowMs - DeviceDay.KEPT.toMillis() - DeviceDay.MILLIS;
        try (Connection c = dataSource.getConnection()) {
            Set<Long> games = games(c);
            foldFirst(c, games, hours);
            for (long game : games) {
                for (Level level : Level.values()) {
                    rows += chunks(c, "DELETE FROM streamstats_rollup WHERE game_id = ? AND level = ? AND bucket <= ? LIMIT " + CHUNK,
                            game, level.code(), nowMs - level.kept().toMillis() - level.millis());
                }
                rows += chunks(c, "DELETE FROM streamstats_device_hour WHERE game_id = ? AND hour <= ? LIMIT " + CHUNK,
                        game, hours);
                rows += chunks(c, "DELETE FROM streamstats_device_day WHERE game_id = ? AND day <= ? LIMIT " + CHUNK,
                        game, days);
            }
            rows += chunks(c, "DELETE FROM streamstats_folded_hour WHERE hour <= ? LIMIT " + CHUNK, days);
        } catch (SQLException e) {
            throw new IllegalStateException("purging streamstats rows", e);
        }
        return rows;
    }

    /**
     * Folds the hours up to {@code lastMs} that still have hour rows and no marker. {@code DISTINCT}
     * hours of a game's key prefix are read by skipping along the key, and there are few: the rows
     * past retention since the previous purge.
     */
    private void foldFirst(Connection c, Set<Long> games, long lastMs) throws SQLException {
        TreeSet<Long> hours = new TreeSet<>();
        for (long game : games) {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT hour FROM streamstats_device_hour WHERE game_id = ? AND hour <= ?")) {
                s.setLong(1, game);
                s.setLong(2, lastMs);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        hours.add(r.getLong(1));
                    }
                }
            }
        }
        if (!hours.isEmpty()) {
            hours.removeAll(DayFold.folded(c, hours.first(), lastMs));
            hours.forEach(fold::fold);
        }
    }

    /**
     * The games with rows in any of the tables, deleted games included (their rollups and device
     * rows have no foreign key, so they age out here too). {@code DISTINCT} on the key's first
     * column is read by skipping along the primary key, one probe per game, not a scan.
     */
    private static Set<Long> games(Connection c) throws SQLException {
        Set<Long> games = new TreeSet<>();
        for (String table : List.of("streamstats_rollup", "streamstats_device_hour", "streamstats_device_day")) {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT game_id FROM " + table);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    games.add(r.getLong(1));
                }
            }
        }
        return games;
    }

    /** Runs a bounded delete until it deletes less than a chunk. */
    private static long chunks(Connection c, String sql, Object... args) throws SQLException {
        long total = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            int deleted;
            do {
                deleted = s.executeUpdate();
                total += deleted;
            } while (deleted == CHUNK);
        }
        return total;
    }
}
