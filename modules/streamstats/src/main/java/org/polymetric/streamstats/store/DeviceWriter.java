package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.DeviceDay;
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.domain.DeviceValues;
import org.polymetric.streamstats.domain.PlaybackReport;

/**
 * Adds a batch of reports to the device rows of their renditions ({@code streamstats_device_hour}
 * and {@code _day}; rows still kept only). Rows of one key within the batch are merged in memory
 * ({@link DeviceHour#merge}), then upserted in primary-key order: masks by OR, played by addition,
 * breakdown values overwritten by the latest. Runs on the caller's transaction.
 */
@ApplicationScoped
public class DeviceWriter {
    private static final List<String> KEY = List.of("game_id", "period", "scope_id", "device_id");
    private static final List<String> VALUES = List.of("os", "platform", "connection_type");
    private static final Upsert<Map.Entry<Key, DeviceHour>> HOURS = hourUpsert();
    private static final Upsert<Map.Entry<Key, DeviceDay>> DAYS = dayUpsert();

    /** A device row's primary key; {@code period} is the hour's or the day's start. */
    record Key(long gameId, long period, long scopeId, String deviceId) {
        static final Comparator<Key> ORDER = Comparator.comparingLong(Key::gameId).thenComparingLong(Key::period)
                .thenComparingLong(Key::scopeId).thenComparing(Key::deviceId);
    }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /**
     * @param renditions each report's rendition scope id
     * @return the hour rows and the day rows upserted
     */
    public int[] write(List<PlaybackReport> reports, long[] renditions, long nowMs) throws SQLException {
        Map<Key, DeviceHour> hours = new HashMap<>();
        Map<Key, DeviceDay> days = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            PlaybackReport r = reports.get(i);
            for (DeviceHour row : DeviceHour.of(r)) {
                if (DeviceHour.keeps(row.hourMs(), nowMs)) {
                    hours.merge(new Key(r.gameId(), row.hourMs(), renditions[i], r.deviceId()), row, (a, b) -> {
                        a.merge(b);
                        return a;
                    });
                }
            }
            for (DeviceDay row : DeviceDay.of(r)) {
                if (DeviceDay.keeps(row.dayMs(), nowMs)) {
                    days.merge(new Key(r.gameId(), row.dayMs(), renditions[i], r.deviceId()), row, (a, b) -> {
                        a.merge(b);
                        return a;
                    });
                }
            }
        }
        List<Map.Entry<Key, DeviceHour>> hourRows = sorted(hours);
        List<Map.Entry<Key, DeviceDay>> dayRows = sorted(days);
        try (Connection c = dataSource.getConnection()) {
            HOURS.run(c, hourRows);
            DAYS.run(c, dayRows);
        }
        return new int[]{hourRows.size(), dayRows.size()};
    }

    private static <T> List<Map.Entry<Key, T>> sorted(Map<Key, T> rows) {
        List<Map.Entry<Key, T>> out = new ArrayList<>(rows.entrySet());
        out.sort(Map.Entry.comparingByKey(Key.ORDER));
        return out;
    }

    private static Upsert<Map.Entry<Key, DeviceHour>> hourUpsert() {
        List<String> columns = new ArrayList<>(KEY);
        columns.set(1, "hour");
        List<String> update = new ArrayList<>();
        for (String mask : List.of("seen", "p2p", "incompatible")) {
            for (int k = 0; k < DeviceHour.SLOTS; k++) {
                columns.add(mask + "_" + k);
                update.add(or(mask + "_" + k));
            }
        }
        for (int k = 0; k < DeviceHour.SLOTS; k++) {
            columns.add("played_" + k);
            update.add(plus("played_" + k));
        }
        return new Upsert<>("streamstats_device_hour", withValues(columns, update), joined(update), (s, first, row) -> {
            int i = bindKey(s, first, row.getKey());
            DeviceHour h = row.getValue();
            for (int k = 0; k < DeviceHour.SLOTS; k++) {
                s.setLong(i++, h.seen(k));
            }
            for (int k = 0; k < DeviceHour.SLOTS; k++) {
                s.setLong(i++, h.p2p(k));
            }
            for (int k = 0; k < DeviceHour.SLOTS; k++) {
                s.setLong(i++, h.incompatible(k));
            }
            for (int k = 0; k < DeviceHour.SLOTS; k++) {
                s.setLong(i++, h.played(k));
            }
            return bindValues(s, i, h.values());
        });
    }

    private static Upsert<Map.Entry<Key, DeviceDay>> dayUpsert() {
        List<String> columns = new ArrayList<>(KEY);
        columns.set(1, "day");
        List<String> update = new ArrayList<>();
        for (String mask : List.of("seen", "p2p", "incompatible")) {
            columns.add(mask);
            update.add(or(mask));
        }
        for (int h = 0; h < DeviceDay.HOURS; h++) {
            columns.add("played_" + h);
            update.add(plus("played_" + h));
        }
        return new Upsert<>("streamstats_device_day", withValues(columns, update), joined(update), (s, first, row) -> {
            int i = bindKey(s, first, row.getKey());
            DeviceDay d = row.getValue();
            s.setLong(i++, d.seen());
            s.setLong(i++, d.p2p());
            s.setLong(i++, d.incompatible());
            for (int h = 0; h < DeviceDay.HOURS; h++) {
                s.setLong(i++, d.played(h));
            }
            return bindValues(s, i, d.values());
        });
    }

    /** The breakdown values last: written as the latest, whatever the row held. */
    private static List<String> withValues(List<String> columns, List<String> update) {
        for (String v : VALUES) {
            columns.add(v);
            update.add(v + " = VALUES(" + v + ")");
        }
        return columns;
    }

    private static String or(String column) {
        return column + " = " + column + " | VALUES(" + column + ")";
    }

    private static String plus(String column) {
        return column + " = " + column + " + VALUES(" + column + ")";
    }

    private static String joined(List<String> update) {
        return String.join(", ", update);
    }

    private static int bindKey(PreparedStatement s, int first, Key k) throws SQLException {
        int i = first;
        s.setLong(i++, k.gameId());
        s.setLong(i++, k.period());
        s.setLong(i++, k.scopeId());
        s.setString(i++, k.deviceId());
        return i;
    }

    private static int bindValues(PreparedStatement s, int first, DeviceValues v) throws SQLException {
        int i = first;
        s.setString(i++, v.os());
        s.setString(i++, v.platform());
        s.setString(i++, v.connectionType());
        return i;
    }
}
