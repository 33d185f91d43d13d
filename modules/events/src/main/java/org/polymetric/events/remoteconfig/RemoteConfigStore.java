package org.polymetric.events.remoteconfig;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * The {@code events_remote_config} table: a game's keys in the order they were created, and the
 * device facts {@code events_device} last recorded (read only). A save checks the game's bounds
 * under a lock on the game's row, so two admins saving at once cannot pass them together.
 */
@ApplicationScoped
public class RemoteConfigStore {
    /** Longest device id the write API keeps ({@code events_device.device_id}); a longer one is never looked up. */
    static final int MAX_DEVICE_ID_CHARS = 191;

    /** The database did not answer a read SDKs make; they retry, so the caller answers "busy". */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String what, SQLException cause) {
            super(what, cause);
        }
    }

    /** How a save ended. */
    public enum Saved { SAVED, EXISTS, MISSING, TOO_MANY, TOO_LARGE }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    public List<Parameter> all(long gameId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT param_key, default_value, conditions FROM events_remote_config WHERE game_id = ? ORDER BY seq")) {
            s.setLong(1, gameId);
            List<Parameter> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // values are stored as the JSON text they were checked and written as
                    out.add(new Parameter(r.getString(1), r.getString(2), conditions(r.getString(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new Unavailable("reading the remote config of game " + gameId, e);
        }
    }

    /**
     * Adds {@code p} (when {@code original} is empty) or replaces the key {@code original} with it
     * (a new name keeps the key's place), unless that would pass {@code maxKeys} keys or
     * {@code maxChars} characters for the game.
     */
    public Saved save(long gameId, String original, Parameter p, int maxKeys, int maxChars) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Saved saved = save(c, gameId, original, p, maxKeys, maxChars);
                if (saved == Saved.SAVED) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return saved;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("saving a remote config key of game " + gameId, e);
        }
    }

    private Saved save(Connection c, long gameId, String original, Parameter p, int maxKeys, int maxChars)
            throws SQLException {
        // saves of one game take turns on its events_app row (made if missing; its foreign key
        // also refuses a game that does not exist), so two admins cannot pass the bounds together
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO events_app (game_id) VALUES (?) ON DUPLICATE KEY UPDATE game_id = game_id")) {
            s.setLong(1, gameId);
            s.executeUpdate();
        }
        query(c, "SELECT game_id FROM events_app WHERE game_id = ? FOR UPDATE", gameId, null);
        boolean adding = original.isEmpty();
        if (!adding && query(c, "SELECT COUNT(*) FROM events_remote_config WHERE game_id = ? AND param_key = ?",
                gameId, original) == 0) {
            return Saved.MISSING;
        }
        if (!p.key().equals(original) && query(c,
                "SELECT COUNT(*) FROM events_remote_config WHERE game_id = ? AND param_key = ?", gameId, p.key()) > 0) {
            return Saved.EXISTS;
        }
        if (adding && query(c, "SELECT COUNT(*) FROM events_remote_config WHERE game_id = ?", gameId, null) >= maxKeys) {
            return Saved.TOO_MANY;
        }
        long others = query(c, "SELECT COALESCE(SUM(CHAR_LENGTH(param_key) + CHAR_LENGTH(default_value) + CHAR_LENGTH(conditions)), 0) "
                + "FROM events_remote_config WHERE game_id = ? AND param_key <> ?", gameId, original);
        String value = p.defaultValue();
        String conditions = json(p.conditions());
        if (others + p.key().length() + value.length() + conditions.length() > maxChars) {
            return Saved.TOO_LARGE;
        }
        String sql = adding
                ? "INSERT INTO events_remote_config (param_key, default_value, conditions, game_id) VALUES (?, ?, ?, ?)"
                : "UPDATE events_remote_config SET param_key = ?, default_value = ?, conditions = ? "
                + "WHERE game_id = ? AND param_key = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, p.key());
            s.setString(2, value);
            s.setString(3, conditions);
            s.setLong(4, gameId);
            if (!adding) {
                s.setString(5, original);
            }
            s.executeUpdate();
        }
        return Saved.SAVED;
    }

    /** @return whether the key was there */
    public boolean delete(long gameId, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM events_remote_config WHERE game_id = ? AND param_key = ?")) {
            s.setLong(1, gameId);
            s.setString(2, key);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("deleting a remote config key of game " + gameId, e);
        }
    }

    /**
     * The platform and app version in the metrics the device last sent, as the write API kept
     * them: one read by the table's primary key.
     */
    public DeviceFacts lastReported(long gameId, String deviceId) {
        if (deviceId.length() > MAX_DEVICE_ID_CHARS) {
            return DeviceFacts.UNKNOWN;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT properties FROM events_device WHERE game_id = ? AND device_id = ?")) {
            s.setLong(1, gameId);
            s.setString(2, deviceId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getString(1) == null) {
                    return DeviceFacts.UNKNOWN;
                }
                JsonValue properties = JsonBuilders.parse(r.getString(1));
                JsonValue metrics = properties.getValueType() == JsonValue.ValueType.OBJECT
                        ? properties.asJsonObject().get("metrics") : null;
                return metrics != null && metrics.getValueType() == JsonValue.ValueType.OBJECT
                        ? DeviceFacts.of(metrics.asJsonObject()) : DeviceFacts.UNKNOWN;
            }
        } catch (SQLException e) {
            throw new Unavailable("reading a device of game " + gameId, e);
        }
    }

    private static long query(Connection c, String sql, long gameId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, gameId);
            if (key != null) {
                s.setString(2, key);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static String json(List<Condition> conditions) {
        JsonArrayBuilder a = JsonBuilders.array();
        for (Condition c : conditions) {
            a.add(JsonBuilders.object().add("field", c.field().word()).add("op", c.op().word()).add("match", c.match())
                    .add("value", JsonBuilders.parse(c.value())));
        }
        return a.build().toString();
    }

    private static List<Condition> conditions(String json) {
        List<Condition> out = new ArrayList<>();
        for (JsonValue v : JsonBuilders.parse(json).asJsonArray()) {
            JsonObject o = v.asJsonObject();
            out.add(new Condition(Condition.Field.of(o.getString("field")), Condition.Op.of(o.getString("op")),
                    o.getString("match"), o.get("value").toString()));
        }
        return out;
    }
}
