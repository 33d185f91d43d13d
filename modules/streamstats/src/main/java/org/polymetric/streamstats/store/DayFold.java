package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.domain.Level;

/**
 * Folds the hour rows of hours that are over into the day rows, once per hour for all games, so
 * beacons need not write day rows (see {@code sql/streamstats/V2}). An hour is folded in one
 * transaction: its marker in {@code streamstats_folded_hour} first (a second folder, on another
 * instance, waits on it and then finds it there, so it skips the hour; a writer holding a shared
 * lock on the marker's place makes the insert wait for the writer's commit), then per game one
 * {@code INSERT ... SELECT} along the key prefix {@code (game_id, hour)} merged into the day rows
 * as the writer merges (masks OR, played added, values overwritten), then commit. A crash rolls
 * back marker and rows together.
 *
 * <p>Plain JDBC on the portal's datasource: it runs on the container's scheduled executor, where
 * no JTA transaction is active, so the connection's own commit and rollback hold.
 */
@ApplicationScoped
public class DayFold {
    /** How long after an hour's end its fold waits: beacons whose interval straddles the end, and the write queue. */
    public static final Duration GRACE = Duration.ofMinutes(2);
    /** Hours one run folds at most, oldest first: a portal back after a long stop catches up over a few runs. */
    static final int HOURS_PER_RUN = 6;

    private static final String FOLD = fold();

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** Folds up to {@value #HOURS_PER_RUN} unfolded hours that are over and still kept; returns the hours this call folded. */
    public List<Long> run(long nowMs) {
        // the oldest hour whose rows are still kept (DeviceHour.keeps)
        long first = Level.HOUR.floor(nowMs - DeviceHour.KEPT.toMillis());
        long last = Level.HOUR.floor(nowMs - DeviceHour.MILLIS - GRACE.toMillis());
        List<Long> done = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            Set<Long> folded = folded(c, first, last);
            for (long hour = first; hour <= last && done.size() < HOURS_PER_RUN; hour += DeviceHour.MILLIS) {
                if (!folded.contains(hour) && fold(c, hour)) {
                    done.add(hour);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("folding streamstats hour rows into day rows", e);
        }
        return done;
    }

    /**
     * Folds one hour unless it is folded already (by another run or instance).
     *
     * @return whether this call folded it
     */
    public boolean fold(long hourMs) {
        try (Connection c = dataSource.getConnection()) {
            return fold(c, hourMs);
        } catch (SQLException e) {
            throw new IllegalStateException("folding the streamstats hour " + hourMs, e);
        }
    }

    /** The folded hours from {@code fromMs} to {@code toMs}, both included. */
    static Set<Long> folded(Connection c, long fromMs, long toMs) throws SQLException {
        Set<Long> hours = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT hour FROM streamstats_folded_hour WHERE hour BETWEEN ? AND ?")) {
            s.setLong(1, fromMs);
            s.setLong(2, toMs);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hours.add(rs.getLong(1));
                }
            }
        }
        return hours;
    }

    private static boolean fold(Connection c, long hourMs) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            boolean mine;
            // IGNORE: the marker already there (another folder committed it) inserts nothing
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO streamstats_folded_hour (hour) VALUES (?)")) {
                s.setLong(1, hourMs);
                mine = s.executeUpdate() == 1;
            }
            if (mine) {
                long day = Level.DAY.floor(hourMs);
                int h = (int) ((hourMs - day) / DeviceHour.MILLIS);
                try (PreparedStatement s = c.prepareStatement(FOLD.replace("{h}", Integer.toString(h)))) {
                    for (long game : games(c)) {
                        s.setLong(1, day);
                        s.setLong(2, 1L << h);
                        s.setLong(3, 1L << h);
                        s.setLong(4, 1L << h);
                        s.setLong(5, game);
                        s.setLong(6, hourMs);
                        s.executeUpdate();
                    }
                }
            }
            c.commit();
            return mine;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * The games with scopes: hour rows are only written for a game's rendition scopes, so every
     * game with hour rows is among them ({@code DISTINCT} on the scope key's first column skips
     * along the key). A deleted game's scopes are gone; its rows are not folded, only purged.
     */
    private static List<Long> games(Connection c) throws SQLException {
        List<Long> games = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT game_id FROM streamstats_scope ORDER BY game_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                games.add(rs.getLong(1));
            }
        }
        return games;
    }

    /**
     * One game's hour rows of one hour into their day rows: bit {h} of a mask set iff any slot
     * of that kind is non-zero, {@code played_{h}} the sum of the twelve slots. The update names
     * the day table's columns qualified, as the hour table has columns of the same names.
     */
    private static String fold() {
        StringJoiner seen = new StringJoiner(" | ");
        StringJoiner p2p = new StringJoiner(" | ");
        StringJoiner incompatible = new StringJoiner(" | ");
        StringJoiner played = new StringJoiner(" + ");
        for (int k = 0; k < DeviceHour.SLOTS; k++) {
            seen.add("seen_" + k);
            p2p.add("p2p_" + k);
            incompatible.add("incompatible_" + k);
            played.add("played_" + k);
        }
        String day = "streamstats_device_day.";
        return "INSERT INTO streamstats_device_day (game_id, day, scope_id, device_id, seen, p2p, incompatible, played_{h},"
                + " os, platform, connection_type)"
                + " SELECT game_id, ?, scope_id, device_id, IF((" + seen + ") <> 0, ?, 0), IF((" + p2p + ") <> 0, ?, 0),"
                + " IF((" + incompatible + ") <> 0, ?, 0), " + played + ", os, platform, connection_type"
                + " FROM streamstats_device_hour WHERE game_id = ? AND hour = ? ORDER BY scope_id, device_id"
                + " ON DUPLICATE KEY UPDATE " + day + "seen = " + day + "seen | VALUES(seen), "
                + day + "p2p = " + day + "p2p | VALUES(p2p), "
                + day + "incompatible = " + day + "incompatible | VALUES(incompatible), "
                + day + "played_{h} = " + day + "played_{h} + VALUES(played_{h}), "
                + day + "os = VALUES(os), " + day + "platform = VALUES(platform), " + day + "connection_type = VALUES(connection_type)";
    }
}
