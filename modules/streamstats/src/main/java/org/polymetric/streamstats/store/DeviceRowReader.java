package org.polymetric.streamstats.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.polymetric.kernel.storage.LaggingReads;
import org.polymetric.streamstats.domain.DeviceHour;

/**
 * Reads device rows of one hour or one day for some rendition scopes, by key prefix (game, hour or
 * day) and the scope ids: each device costs one row per rendition it played.
 */
@ApplicationScoped
public class DeviceRowReader {
    private static final String HOUR = "SELECT scope_id, device_id, " + slots("seen_") + ", " + slots("p2p_") + ", "
            + slots("incompatible_") + ", " + slots("played_") + ", os, platform, connection_type "
            + "FROM streamstats_device_hour WHERE game_id = ? AND hour = ?";
    private static final String DAY = "SELECT scope_id, device_id, seen, p2p, incompatible, " + hours()
            + ", os, platform, connection_type FROM streamstats_device_day WHERE game_id = ? AND day = ?";

    /** Reads that may lag: a replica's, in the Stats API requests that allow it. */
    @Inject
    LaggingReads reads;

    /** Hands each row of the hour starting at {@code hourMs} in the scopes (null: every rendition of the game) to {@code sink}. */
    public void hour(long gameId, long hourMs, Collection<Long> scopes, Consumer<HourRow> sink) {
        for (List<Long> slice : Sql.slices(scopes)) {
            read(gameId, hourMs, scopes(new Sql(HOUR), slice), "the device rows of game " + gameId, rs -> {
                int n = HourRow.SLOTS;
                sink.accept(new HourRow(rs.getLong(1), rs.getString(2), longs(rs, 3, n), longs(rs, 3 + n, n),
                        longs(rs, 3 + 2 * n, n), longs(rs, 3 + 3 * n, n), rs.getString(3 + 4 * n), rs.getString(4 + 4 * n),
                        rs.getString(5 + 4 * n)));
            });
        }
    }

    /** Hands each row of the UTC day starting at {@code dayMs} in the scopes (null: every rendition of the game) to {@code sink}. */
    public void day(long gameId, long dayMs, Collection<Long> scopes, Consumer<DayRow> sink) {
        for (List<Long> slice : Sql.slices(scopes)) {
            read(gameId, dayMs, scopes(new Sql(DAY), slice), "the device rows of game " + gameId, rs -> {
                int n = DayRow.HOURS;
                sink.accept(new DayRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        longs(rs, 6, n), rs.getString(6 + n), rs.getString(7 + n), rs.getString(8 + n)));
            });
        }
    }

    /**
     * The hours wholly inside {@code [startMs, endMs)} that are folded into the day rows (markers
     * of {@code streamstats_folded_hour}; no query when there is no whole hour). Read apart from
     * the rows and still exact: an unfolded hour keeps its hour rows until folded, and a folded
     * hour's day rows are complete once its marker is visible.
     */
    public Set<Long> folded(long startMs, long endMs) {
        long first = Math.floorDiv(startMs + DeviceHour.MILLIS - 1, DeviceHour.MILLIS) * DeviceHour.MILLIS;
        long last = Math.floorDiv(endMs, DeviceHour.MILLIS) * DeviceHour.MILLIS - DeviceHour.MILLIS;
        if (first > last) {
            return Set.of();
        }
        try (Connection c = reads.source().getConnection()) {
            return DayFold.folded(c, first, last);
        } catch (SQLException e) {
            throw new StoreFailure("reading the folded hours", e);
        }
    }

    private static Sql scopes(Sql q, List<Long> slice) {
        return slice == null ? q : q.in("scope_id", slice);
    }

    /**
     * The devices seen in each 5-minute slot of the hours from {@code fromHourMs} to
     * {@code toHourMs} (both included), per game, counted in the database over the games' hour rows
     * in one statement per {@link Sql#IDS_PER_QUERY} games: game → slot start (epoch ms) → devices.
     * Slots without a device are left out. A device that played several renditions counts once.
     */
    public Map<Long, Map<Long, Long>> viewersPerSlot(Collection<Long> gameIds, long fromHourMs, long toHourMs) {
        Map<Long, Map<Long, Long>> out = new HashMap<>();
        StringJoiner counts = new StringJoiner(", ");
        for (int i = 0; i < HourRow.SLOTS; i++) {
            counts.add("COUNT(DISTINCT CASE WHEN seen_" + i + " <> 0 THEN device_id END)");
        }
        for (List<Long> slice : Sql.slices(gameIds)) {
            Sql q = new Sql("SELECT game_id, hour, " + counts + " FROM streamstats_device_hour WHERE hour >= ? AND hour <= ?")
                    .in("game_id", slice).add(" GROUP BY game_id, hour");
            read(fromHourMs, toHourMs, q, "the viewers of " + gameIds.size() + " games", rs -> {
                Map<Long, Long> slots = out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>());
                for (int i = 0; i < HourRow.SLOTS; i++) {
                    long n = rs.getLong(3 + i);
                    if (n > 0) {
                        slots.put(rs.getLong(2) + i * DeviceHour.SLOT_MILLIS, n);
                    }
                }
            });
        }
        return out;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code q} with its first two parameters {@code first} and {@code second}, then its own; {@code what} names it in a failure. */
    private void read(long first, long second, Sql q, String what, RowHandler handler) {
        try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(q.text())) {
            s.setLong(1, first);
            s.setLong(2, second);
            q.bind(s, 3);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading " + what, e);
        }
    }

    private static long[] longs(ResultSet rs, int first, int n) throws SQLException {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = rs.getLong(first + i);
        }
        return values;
    }

    private static String slots(String stem) {
        return columns(stem, HourRow.SLOTS);
    }

    private static String hours() {
        return columns("played_", DayRow.HOURS);
    }

    private static String columns(String stem, int n) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            j.add(stem + i);
        }
        return j.toString();
    }
}
