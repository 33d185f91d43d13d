package org.polymetric.events.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.polymetric.kernel.ingest.BatchSink;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * The sink of {@link IngestQueue}: writes one batch of requests (each the reports of one SDK
 * request) in one transaction: locks the devices they touch, applies Countly's rules in arrival
 * order, then stores devices and rollups with multi-row upserts, sent with the COMMIT as one
 * {@link Compound}. Nothing is answered before {@link #write} returns, so a {@code Success}
 * always means committed. Only the queue's writer thread calls it: while requests
 * keep coming it keeps one connection with autocommit off (two round trips a batch fewer than
 * switching it per batch), and gives it back to the pool when the queue idles. Device and rollup
 * rows go in key order, so two instances' writers wait on each other's rows rather than
 * deadlock; catalog rows keep the order they were first seen in (their numbering), and a
 * deadlock there is retried.
 */
@ApplicationScoped
public class BatchWriter implements BatchSink<List<Report>, Outcome> {
    /** Rows per INSERT statement: few statements for the server to parse, none of them huge. */
    static final int ROWS_PER_STATEMENT = 400;
    private static final int ATTEMPTS = 3;
    private static final String DEVICE_COLUMNS = "game_id, device_id, first_seen, last_seen, sessions, last_begin, "
            + "session_open, session_seconds, last_end, duration, last_request, country, city, properties, requests_before_session";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    private final EventCatalog catalog = new EventCatalog(this::loadCatalog);
    private final SessionRules rules = new SessionRules(catalog);
    /** The writer thread's connection while batches keep coming; null when idle. */
    private Connection connection;

    /**
     * Commits the batch and says what became of each request, one outcome per request (counted
     * before the commit); retries a deadlock, fails all on anything else. It is not an
     * {@code Ingested} publisher: it commits on its own connection, outside any JTA transaction.
     */
    @Override
    public List<Outcome> write(List<List<Report>> batch) throws SQLException {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return commit(batch);
            } catch (SQLException e) {
                catalog.forget();
                last = e;
                if (!Storage.isLockConflict(e)) {
                    release();
                    break;
                }
            } catch (Exception e) {
                catalog.forget();
                release();
                last = new SQLException(e);
                break;
            } catch (Error e) {
                // the catalog may hold rows of the rolled-back batch, the connection may be mid-statement
                catalog.forget();
                release();
                throw e;
            }
        }
        throw last;
    }

    @Override
    public void idle() {
        release();
    }

    @Override
    public void closed() {
        release();
    }

    /**
     * Gives the connection back to the pool (rolled back, with autocommit on as the pool hands them
     * out); after a failure that is not a deadlock too, so a broken connection is not used again.
     */
    private void release() {
        Connection c = connection;
        connection = null;
        if (c == null) {
            return;
        }
        try (c) {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // broken: closing it is all that is left, and the pool drops a connection that failed
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            connection = c;
        }
        return connection;
    }

    private List<Outcome> commit(List<List<Report>> batch) throws Exception {
        Connection c = connection();
        try {
            Compound writes = new Compound();
            List<Outcome> outcomes = apply(c, batch, writes);
            writes.commit(c);
            return outcomes;
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
    }

    private record DeviceKey(long gameId, String deviceId) {
    }

    /** Locks and reads the batch's devices, applies the rules, and adds what to store to {@code writes}. */
    private List<Outcome> apply(Connection c, List<List<Report>> batch, Compound writes) throws Exception {
        Map<Long, Set<String>> wanted = new HashMap<>();
        for (List<Report> request : batch) {
            for (Report r : request) {
                Set<String> ids = wanted.computeIfAbsent(r.app().gameId(), g -> new TreeSet<>());
                ids.add(r.deviceId());
                if (r.oldDeviceId() != null) {
                    ids.add(r.oldDeviceId());
                }
            }
        }
        Map<DeviceKey, DeviceState> devices = lockDevices(c, wanted);
        Map<DeviceKey, DeviceState> changed = new LinkedHashMap<>();
        List<DeviceKey> removed = new ArrayList<>();
        Tally tally = new Tally();
        // by position: each request is one answer to give, even two with the same content (an SDK
        // resending one still in flight)
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (List<Report> request : batch) {
            Outcome outcome = Outcome.STORED;
            for (Report r : request) {
                DeviceKey key = new DeviceKey(r.app().gameId(), r.deviceId());
                DeviceState device = devices.get(key);
                if (r.oldDeviceId() != null) {
                    DeviceKey oldKey = new DeviceKey(r.app().gameId(), r.oldDeviceId());
                    DeviceState old = devices.remove(oldKey);
                    if (old != null) {
                        if (device == null) {
                            device = old;
                            device.deviceId = r.deviceId();
                        } else {
                            device.absorb(old);
                        }
                        changed.remove(oldKey);
                        removed.add(oldKey);
                        devices.put(key, device);
                    }
                }
                DeviceState after = rules.apply(device, r, tally);
                if (after == null) {
                    outcome = request.size() == 1 ? Outcome.DUPLICATE : outcome;
                    if (device != null && r.oldDeviceId() != null) {
                        changed.put(key, device);
                    }
                    continue;
                }
                devices.put(key, after);
                changed.put(key, after);
            }
            outcomes.add(outcome);
        }
        removed.removeIf(k -> changed.containsKey(k));
        deleteDevices(writes, removed);
        storeDevices(writes, changed.values());
        storeTally(writes, tally);
        List<Long> touched = changed.values().stream().map(DeviceState::gameId).distinct().sorted().toList();
        // in the same transaction: a read that sees the new version sees the new data
        upsert(writes, "INSERT INTO events_app (game_id, data_version) VALUES ", 2,
                " ON DUPLICATE KEY UPDATE data_version = data_version + 1", touched, (g, bind) -> {
                    bind.add(g);
                    bind.add(1L);
                });
        return outcomes;
    }

    private Map<DeviceKey, DeviceState> lockDevices(Connection c, Map<Long, Set<String>> wanted) throws SQLException {
        Map<DeviceKey, DeviceState> found = new HashMap<>();
        for (Map.Entry<Long, Set<String>> game : new java.util.TreeMap<>(wanted).entrySet()) {
            List<String> ids = new ArrayList<>(game.getValue());
            for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
                String sql = "SELECT " + DEVICE_COLUMNS + " FROM events_device WHERE game_id = ? AND device_id IN ("
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") FOR UPDATE";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, game.getKey());
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            DeviceState d = read(r);
                            found.put(new DeviceKey(d.gameId, d.deviceId), d);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static DeviceState read(ResultSet r) throws SQLException {
        DeviceState d = new DeviceState(r.getLong(1), r.getString(2), r.getLong(3));
        d.lastSeen = r.getLong(4);
        d.sessions = r.getInt(5);
        d.lastBegin = nullableLong(r, 6);
        d.sessionOpen = r.getBoolean(7);
        d.sessionSeconds = r.getInt(8);
        d.lastEnd = nullableLong(r, 9);
        d.duration = r.getLong(10);
        d.lastRequest = r.getBytes(11);
        d.country = r.getString(12);
        d.city = r.getString(13);
        d.requestsBeforeSession = r.getInt(15);
        String properties = r.getString(14);
        if (properties != null && !properties.isEmpty()) {
            JsonValue v = JsonBuilders.parse(properties);
            if (v instanceof JsonObject o) {
                o.forEach((k, value) -> d.properties.put(k, value.toString()));
            }
        }
        return d;
    }

    /**
     * A nullable BIGINT. Not {@code getObject(i, Long.class)}: the server's JDBC wrapper looks that
     * method up by reflection on every call, which was a sixth of the writer thread's time.
     */
    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static void deleteDevices(Compound writes, List<DeviceKey> removed) {
        for (DeviceKey k : removed) {
            writes.add("DELETE FROM events_device WHERE game_id = ? AND device_id = ?", List.of(k.gameId(), k.deviceId()));
        }
    }

    private static void storeDevices(Compound writes, java.util.Collection<DeviceState> devices) {
        List<DeviceState> rows = new ArrayList<>(devices);
        rows.sort(Comparator.comparingLong(DeviceState::gameId).thenComparing(DeviceState::deviceId));
        upsert(writes, "INSERT INTO events_device (" + DEVICE_COLUMNS + ") VALUES ", 15,
                " ON DUPLICATE KEY UPDATE first_seen = VALUES(first_seen), last_seen = VALUES(last_seen), "
                        + "sessions = VALUES(sessions), last_begin = VALUES(last_begin), session_open = VALUES(session_open), "
                        + "session_seconds = VALUES(session_seconds), last_end = VALUES(last_end), duration = VALUES(duration), "
                        + "last_request = VALUES(last_request), country = VALUES(country), city = VALUES(city), "
                        + "properties = VALUES(properties), requests_before_session = VALUES(requests_before_session)",
                rows, (d, bind) -> {
                    bind.add(d.gameId);
                    bind.add(d.deviceId);
                    bind.add(d.firstSeen);
                    bind.add(d.lastSeen);
                    bind.add(d.sessions);
                    bind.add(d.lastBegin);
                    bind.add(d.sessionOpen);
                    bind.add(d.sessionSeconds);
                    bind.add(d.lastEnd);
                    bind.add(d.duration);
                    bind.add(d.lastRequest);
                    bind.add(d.country);
                    bind.add(d.city);
                    bind.add(properties(d.properties));
                    bind.add(d.requestsBeforeSession);
                });
    }

    private static String properties(Map<String, String> members) {
        if (members.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        members.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
        return json.append('}').toString();
    }

    private static String quote(String key) {
        return JsonBuilders.array().add(key).build().get(0).toString();
    }

    private static void storeTally(Compound writes, Tally tally) {
        List<Map.Entry<Tally.SessionKey, long[]>> sessions = new ArrayList<>(tally.sessions().entrySet());
        sessions.sort(Comparator.comparing((Map.Entry<Tally.SessionKey, long[]> e) -> e.getKey().gameId())
                .thenComparing(e -> e.getKey().dim()).thenComparing(e -> e.getKey().hour()).thenComparing(e -> e.getKey().val()));
        StringBuilder update = new StringBuilder(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < Tally.SESSION_COLUMNS.length; i++) {
            String col = Tally.SESSION_COLUMNS[i];
            update.append(i == 0 ? "" : ", ").append(col).append(" = ").append(col).append(" + VALUES(").append(col).append(')');
        }
        upsert(writes, "INSERT INTO events_session_hour (game_id, dim, val, hour, " + String.join(", ", Tally.SESSION_COLUMNS)
                + ") VALUES ", 4 + Tally.SESSION_COLUMNS.length, update.toString(), sessions, (e, bind) -> {
                    bind.add(e.getKey().gameId());
                    bind.add(e.getKey().dim());
                    bind.add(e.getKey().val());
                    bind.add(e.getKey().hour());
                    for (long v : e.getValue()) {
                        bind.add(v);
                    }
                });
        List<Map.Entry<Tally.EventKey, double[]>> events = new ArrayList<>(tally.events().entrySet());
        events.sort(Comparator.comparing((Map.Entry<Tally.EventKey, double[]> e) -> e.getKey().gameId())
                .thenComparing(e -> e.getKey().key()).thenComparing(e -> e.getKey().seg())
                .thenComparing(e -> e.getKey().hour()).thenComparing(e -> e.getKey().val()));
        upsert(writes, "INSERT INTO events_event_hour (game_id, event_key, seg, val, hour, c, s, dur) VALUES ", 8,
                " ON DUPLICATE KEY UPDATE c = c + VALUES(c), s = s + VALUES(s), dur = dur + VALUES(dur)", events,
                (e, bind) -> {
                    bind.add(e.getKey().gameId());
                    bind.add(e.getKey().key());
                    bind.add(e.getKey().seg());
                    bind.add(e.getKey().val());
                    bind.add(e.getKey().hour());
                    bind.add((long) e.getValue()[0]);
                    bind.add(e.getValue()[1]);
                    bind.add(e.getValue()[2]);
                });
        upsert(writes, "INSERT IGNORE INTO events_event_meta (game_id, event_key, seg, val) VALUES ", 4, "",
                new ArrayList<>(tally.meta()), (m, bind) -> {
                    bind.add(m.gameId());
                    bind.add(m.key());
                    bind.add(m.seg());
                    bind.add(m.val());
                });
        List<Map.Entry<Tally.RetentionKey, Integer>> retention = new ArrayList<>(tally.retention().entrySet());
        retention.sort(Comparator.comparing((Map.Entry<Tally.RetentionKey, Integer> e) -> e.getKey().gameId())
                .thenComparing(e -> e.getKey().cohort()).thenComparing(e -> e.getKey().n()));
        upsert(writes, "INSERT INTO events_retention (game_id, cohort, n, users) VALUES ", 4,
                " ON DUPLICATE KEY UPDATE users = users + VALUES(users)", retention,
                (e, bind) -> {
                    bind.add(e.getKey().gameId());
                    bind.add(e.getKey().cohort());
                    bind.add(e.getKey().n());
                    bind.add(e.getValue());
                });
    }

    /** Multi-row INSERT in chunks of {@link #ROWS_PER_STATEMENT}. */
    private static <T> void upsert(Compound writes, String head, int columns, String tail, List<T> rows,
                                   BiConsumer<T, List<Object>> binder) {
        String one = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(row -> binder.accept(row, values));
            writes.add(head + String.join(",", Collections.nCopies(chunk.size(), one)) + tail, values);
        }
    }

    private Iterable<String[]> loadCatalog(long gameId) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT event_key, seg, val FROM events_event_meta WHERE game_id = ?")) {
            s.setLong(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2), r.getString(3)});
                }
            }
        }
        return rows;
    }
}
