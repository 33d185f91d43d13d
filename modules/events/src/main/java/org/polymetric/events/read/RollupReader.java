package org.polymetric.events.read;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.events.domain.Period;
import org.polymetric.kernel.storage.LaggingReads;

/**
 * Reads rollups back, always by primary-key ranges (game, family, hour…): a read never scans
 * raw data, whatever was ingested.
 */
@ApplicationScoped
public class RollupReader {
    /** Reads that may lag: a replica's, in the requests that allow it. */
    @Inject
    LaggingReads reads;

    /** The version of the game's data ({@code events_app.data_version}; 0 before anything was stored), in one primary-key read. */
    public long dataVersion(long gameId) {
        return query("SELECT data_version FROM events_app WHERE game_id = ?", s -> s.setLong(1, gameId), r -> r.getLong(1))
                .stream().findFirst().orElse(0L);
    }

    /** Session rows of the given families ({@code ""} = totals) within the period's local days. */
    public List<SessionRow> sessions(long gameId, Collection<String> dims, Period period) {
        String sql = "SELECT dim, val, hour, " + SessionRow.COLUMNS + " FROM events_session_hour WHERE game_id = ? AND dim IN ("
                + marks(dims.size()) + ") AND hour >= ? AND hour < ? ORDER BY hour, dim, val";
        return query(sql, s -> {
            int i = bind(s, 1, gameId, dims);
            s.setObject(i, period.from().atStartOfDay());
            s.setObject(i + 1, period.to().plusDays(1).atStartOfDay());
        }, r -> new SessionRow(r.getString(1), r.getString(2), r.getObject(3, LocalDateTime.class), counters(r, 4)));
    }

    /**
     * The period's totals summed per local day in the database ({@code hour} is the day's start):
     * dashboards need days, and 24 times fewer rows travel.
     */
    public List<SessionRow> dailyTotals(long gameId, Period period) {
        String sql = "SELECT DATE(hour) AS day, SUM(t), SUM(n), SUM(d), SUM(e), SUM(uh), SUM(ud), SUM(uw), SUM(um), SUM(uy) "
                + "FROM events_session_hour WHERE game_id = ? AND dim = '' AND hour >= ? AND hour < ? GROUP BY day ORDER BY day";
        return query(sql, s -> {
            s.setLong(1, gameId);
            s.setObject(2, period.from().atStartOfDay());
            s.setObject(3, period.to().plusDays(1).atStartOfDay());
        }, r -> new SessionRow("", "", r.getObject(1, LocalDate.class).atStartOfDay(), counters(r, 2)));
    }

    /**
     * Each game's users per local day from {@code from} to {@code to} (the days' uniques), in one
     * read for all the games: the sparklines of an organization's ranking. Games without rows are left out.
     */
    public Map<Long, Map<LocalDate, Long>> dailyUsers(Collection<Long> gameIds, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Long>> out = new LinkedHashMap<>();
        if (gameIds.isEmpty()) {
            return out;
        }
        String sql = "SELECT game_id, DATE(hour) AS day, SUM(ud) FROM events_session_hour WHERE game_id IN ("
                + marks(gameIds.size()) + ") AND dim = '' AND hour >= ? AND hour < ? GROUP BY game_id, day";
        query(sql, s -> {
            int i = 1;
            for (long id : gameIds) {
                s.setLong(i++, id);
            }
            s.setObject(i, from.atStartOfDay());
            s.setObject(i + 1, to.plusDays(1).atStartOfDay());
        }, r -> out.computeIfAbsent(r.getLong(1), k -> new TreeMap<>()).put(r.getObject(2, LocalDate.class), r.getLong(3)));
        return out;
    }

    /** Each value of the families over the whole period, summed in the database ({@code hour} is the period's start). */
    public List<SessionRow> familyTotals(long gameId, Collection<String> dims, Period period) {
        String sql = "SELECT dim, val, SUM(t), SUM(n), SUM(d), SUM(e), SUM(uh), SUM(ud), SUM(uw), SUM(um), SUM(uy) "
                + "FROM events_session_hour WHERE game_id = ? AND dim IN (" + marks(dims.size()) + ") AND hour >= ? AND hour < ? "
                + "GROUP BY dim, val";
        return query(sql, s -> {
            int i = bind(s, 1, gameId, dims);
            s.setObject(i, period.from().atStartOfDay());
            s.setObject(i + 1, period.to().plusDays(1).atStartOfDay());
        }, r -> new SessionRow(r.getString(1), r.getString(2), period.from().atStartOfDay(), counters(r, 3)));
    }

    /** Each value of the families per local day, summed in the database ({@code hour} is the day's start). */
    public List<SessionRow> familyDays(long gameId, Collection<String> dims, Period period) {
        String sql = "SELECT dim, val, DATE(hour) AS day, SUM(t), SUM(n), SUM(d), SUM(e), SUM(uh), SUM(ud), SUM(uw), SUM(um), "
                + "SUM(uy) FROM events_session_hour WHERE game_id = ? AND dim IN (" + marks(dims.size()) + ") AND hour >= ? "
                + "AND hour < ? GROUP BY dim, day, val ORDER BY day, dim, val";
        return query(sql, s -> {
            int i = bind(s, 1, gameId, dims);
            s.setObject(i, period.from().atStartOfDay());
            s.setObject(i + 1, period.to().plusDays(1).atStartOfDay());
        }, r -> new SessionRow(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class).atStartOfDay(), counters(r, 4)));
    }

    /** Event rows of one segment summed per value and local day ({@code hour} is the day's start). */
    public List<EventRow> eventDays(long gameId, Collection<String> keys, String segment, Period period) {
        String sql = "SELECT event_key, val, DATE(hour) AS day, SUM(c), SUM(s), SUM(dur) FROM events_event_hour "
                + "WHERE game_id = ? AND event_key IN (" + marks(keys.size()) + ") AND seg = ? AND hour >= ? AND hour < ? "
                + "GROUP BY event_key, day, val ORDER BY event_key, day, val";
        return query(sql, s -> {
            int i = bind(s, 1, gameId, keys);
            s.setString(i, segment);
            s.setObject(i + 1, period.from().atStartOfDay());
            s.setObject(i + 2, period.to().plusDays(1).atStartOfDay());
        }, r -> new EventRow(r.getString(1), segment, r.getString(2), r.getObject(3, LocalDate.class).atStartOfDay(),
                r.getLong(4), r.getDouble(5), r.getDouble(6)));
    }

    private static long[] counters(ResultSet r, int first) throws SQLException {
        long[] counters = new long[9];
        for (int c = 0; c < counters.length; c++) {
            counters[c] = r.getLong(first + c);
        }
        return counters;
    }

    /** Event rows of the given keys, for one segment ({@code ""} = the events' totals). */
    public List<EventRow> events(long gameId, Collection<String> keys, String segment, Period period) {
        String sql = "SELECT event_key, seg, val, hour, c, s, dur FROM events_event_hour WHERE game_id = ? AND event_key IN ("
                + marks(keys.size()) + ") AND seg = ? AND hour >= ? AND hour < ? ORDER BY event_key, hour, val";
        return query(sql, s -> {
            int i = bind(s, 1, gameId, keys);
            s.setString(i, segment);
            s.setObject(i + 1, period.from().atStartOfDay());
            s.setObject(i + 2, period.to().plusDays(1).atStartOfDay());
        }, r -> new EventRow(r.getString(1), r.getString(2), r.getString(3), r.getObject(4, LocalDateTime.class),
                r.getLong(5), r.getDouble(6), r.getDouble(7)));
    }

    /** The game's events: key → segment → values, each in the order it was first recorded (as Countly lists them). */
    public Map<String, Map<String, List<String>>> eventCatalog(long gameId) {
        Map<String, Map<String, List<String>>> catalog = new LinkedHashMap<>();
        query("SELECT event_key, seg, val FROM events_event_meta WHERE game_id = ? ORDER BY seq", s -> s.setLong(1, gameId), r -> {
            Map<String, List<String>> segments = catalog.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>());
            if (!r.getString(2).isEmpty()) {
                List<String> values = segments.computeIfAbsent(r.getString(2), k -> new ArrayList<>());
                if (!r.getString(3).isEmpty()) {
                    values.add(r.getString(3));
                }
            }
            return null;
        });
        return catalog;
    }

    /** Devices whose latest request came at or after {@code sinceEpoch}, per bucket of {@code slotSeconds} (0: one total). */
    public Map<Long, Long> activeDevices(long gameId, long sinceEpoch, int slotSeconds) {
        Map<Long, Long> out = new TreeMap<>();
        String slot = slotSeconds <= 0 ? "0" : "(last_seen DIV " + slotSeconds + ") * " + slotSeconds;
        query("SELECT " + slot + " AS slot, COUNT(*) FROM events_device WHERE game_id = ? AND last_seen >= ? GROUP BY slot",
                s -> {
                    s.setLong(1, gameId);
                    s.setLong(2, sinceEpoch);
                }, r -> out.put(r.getLong(1), r.getLong(2)));
        return out;
    }

    /** Devices with an open session whose latest request came at or after {@code sinceEpoch}. */
    public long openSessions(long gameId, long sinceEpoch) {
        List<Long> n = query("SELECT COUNT(*) FROM events_device WHERE game_id = ? AND last_seen >= ? AND session_open",
                s -> {
                    s.setLong(1, gameId);
                    s.setLong(2, sinceEpoch);
                }, r -> r.getLong(1));
        return n.get(0);
    }

    /**
     * Devices seen in {@code [fromEpoch, toEpoch)} by their latest request, among those that have
     * begun a session: a device that never did is no user to Countly.
     */
    public long devicesSeen(long gameId, long fromEpoch, long toEpoch) {
        List<Long> n = query("SELECT COUNT(*) FROM events_device WHERE game_id = ? AND last_seen >= ? AND last_seen < ? "
                        + "AND sessions > 0",
                s -> {
                    s.setLong(1, gameId);
                    s.setLong(2, fromEpoch);
                    s.setLong(3, toEpoch);
                }, r -> r.getLong(1));
        return n.get(0);
    }

    /** Retention rows of the cohorts in the period: cohort day → users back on day n (index). */
    public Map<LocalDate, Map<Integer, Long>> retention(long gameId, Period period) {
        Map<LocalDate, Map<Integer, Long>> out = new TreeMap<>();
        query("SELECT cohort, n, users FROM events_retention WHERE game_id = ? AND cohort >= ? AND cohort <= ? ORDER BY cohort, n",
                s -> {
                    s.setLong(1, gameId);
                    s.setObject(2, period.from());
                    s.setObject(3, period.to());
                }, r -> out.computeIfAbsent(r.getObject(1, LocalDate.class), d -> new TreeMap<>()).put(r.getInt(2), r.getLong(3)));
        return out;
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private interface Mapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        List<T> out = new ArrayList<>();
        try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(mapper.map(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rollups could not be read", e);
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(Math.max(n, 1), "?"));
    }

    private static int bind(PreparedStatement s, int from, long gameId, Collection<String> values) throws SQLException {
        s.setLong(from, gameId);
        int i = from + 1;
        if (values.isEmpty()) {
            s.setString(i++, "\u0000");
        }
        for (String v : values) {
            s.setString(i++, v);
        }
        return i;
    }
}
