package org.polymetric.portal.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.portal.TestDatabase;

/**
 * What the write API stored for one game, read straight from the database and written as short
 * texts so that a test can state the expected rows the way Countly's documentation speaks of
 * them: {@code "t=1 n=1 d=75 e=1 u=1/1/1/1/1"} is one session of a new device lasting 75 s, with
 * one request without session information, unique in its hour, day, week, month and year.
 */
final class Rollups {
    private Rollups() {
    }

    /** Rows of {@code events_session_hour} in one local hour ({@code 2026-02-03T10}): {@code dim|val} → counters. */
    static Map<String, String> sessions(long gameId, String hour) {
        Map<String, String> out = new TreeMap<>();
        for (List<String> r : rows("SELECT dim, val, t, n, d, e, uh, ud, uw, um, uy FROM events_session_hour "
                + "WHERE game_id = ? AND DATE_FORMAT(hour, '%Y-%m-%dT%H') = ?", gameId, hour)) {
            out.put(r.get(0) + "|" + r.get(1), counters(r.subList(2, r.size())));
        }
        return out;
    }

    /** The game's totals row (dim '') of every local hour: {@code 2026-02-03T10} → counters. */
    static Map<String, String> totals(long gameId) {
        Map<String, String> out = new TreeMap<>();
        for (List<String> r : rows("SELECT DATE_FORMAT(hour, '%Y-%m-%dT%H'), t, n, d, e, uh, ud, uw, um, uy "
                + "FROM events_session_hour WHERE game_id = ? AND dim = ''", gameId)) {
            out.put(r.get(0), counters(r.subList(1, r.size())));
        }
        return out;
    }

    /** The totals row of one hour, or null when there is none. */
    static String total(long gameId, String hour) {
        return sessions(gameId, hour).get("|");
    }

    private static String counters(List<String> v) {
        return "t=" + v.get(0) + " n=" + v.get(1) + " d=" + v.get(2) + " e=" + v.get(3) + " u=" + String.join("/", v.subList(4, 9));
    }

    /** Rows of {@code events_event_hour} in every hour: {@code hour key|seg|val} → {@code c=.. s=.. dur=..}. */
    static Map<String, String> events(long gameId) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT DATE_FORMAT(hour, '%Y-%m-%dT%H'), event_key, seg, val, c, s, dur FROM events_event_hour WHERE game_id = ?")) {
            s.setLong(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1) + " " + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4),
                            "c=" + r.getLong(5) + " s=" + r.getDouble(6) + " dur=" + r.getDouble(7));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The ids of the game's devices, in order. */
    static List<String> devices(long gameId) {
        return rows("SELECT device_id FROM events_device WHERE game_id = ? ORDER BY device_id", gameId).stream()
                .map(r -> r.get(0)).toList();
    }

    /** What the writer remembers of a device: {@code sessions=.. duration=.. open=.. first=.. last=.. end=..}, or null. */
    static String device(long gameId, String deviceId) {
        List<List<String>> r = rows("SELECT sessions, duration, session_open, first_seen, last_seen, last_end "
                + "FROM events_device WHERE game_id = ? AND device_id = ?", gameId, deviceId);
        if (r.isEmpty()) {
            return null;
        }
        List<String> d = r.get(0);
        return "sessions=" + d.get(0) + " duration=" + d.get(1) + " open=" + d.get(2) + " first=" + d.get(3)
                + " last=" + d.get(4) + " end=" + d.get(5);
    }

    /** The metrics, user details and consent the device's latest requests told (a JSON text), or null. */
    static String properties(long gameId, String deviceId) {
        List<List<String>> r = rows("SELECT properties FROM events_device WHERE game_id = ? AND device_id = ?", gameId, deviceId);
        return r.isEmpty() ? null : r.get(0).get(0);
    }

    /** Everything the write API keeps for the game, row by row, to show that a refused request left no trace. */
    static List<String> everything(long gameId) {
        List<String> out = new ArrayList<>();
        for (String table : List.of("events_device", "events_session_hour", "events_event_hour", "events_event_meta",
                "events_retention")) {
            for (List<String> r : rows("SELECT * FROM " + table + " WHERE game_id = ?", gameId)) {
                out.add(table + " " + r);
            }
        }
        out.sort(null);
        return out;
    }

    static List<List<String>> rows(String sql, Object... args) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<List<String>> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = r.getObject(i);
                        row.add(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(v));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
