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
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.DeviceDay;
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.domain.DeviceValues;
import org.polymetric.streamstats.domain.PlaybackReport;

/**
 * Adds a batch of reports to the device rows of their renditions ({@code streamstats_device_hour}
 * and {@code _day}; rows still kept only). Rows of one key within the batch are merged in memory
 * ({@link DeviceHour#merge}), then upserted, grouped by the slots they touch and in primary-key
 * order within a group: masks by OR, played by addition, breakdown values overwritten by the
 * latest. Runs on the caller's transaction.
 */
@ApplicationScoped
public class DeviceWriter {
    private static final List<String> VALUES = List.of("os", "platform", "connection_type");
    private static final List<String> MASKS = List.of("seen", "p2p", "incompatible");

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
        Map<Slots, List<Map.Entry<Key, DeviceHour>>> hourRows = bySlots(hours, DeviceWriter::slots);
        Map<Slots, List<Map.Entry<Key, DeviceDay>>> dayRows = bySlots(days, d -> Slots.of(d.seen()));
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<Slots, List<Map.Entry<Key, DeviceHour>>> group : hourRows.entrySet()) {
                hourUpsert(group.getKey()).run(c, group.getValue());
            }
            for (Map.Entry<Slots, List<Map.Entry<Key, DeviceDay>>> group : dayRows.entrySet()) {
                dayUpsert(group.getKey()).run(c, group.getValue());
            }
        }
        return new int[]{hours.size(), days.size()};
    }

    /**
     * The slots (5-minute slots of an hour, hours of a day) a row has anything in: the first to the
     * last it was seen in. An interval is one piece of time, so a row of one report has nothing
     * outside them, and played time lies only where the device was seen.
     */
    record Slots(int first, int last) implements Comparable<Slots> {
        static Slots of(long seenMask) {
            return new Slots(Long.numberOfTrailingZeros(seenMask), 63 - Long.numberOfLeadingZeros(seenMask));
        }

        @Override
        public int compareTo(Slots o) {
            return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
        }
    }

    private static Slots slots(DeviceHour h) {
        int first = 0;
        while (h.seen(first) == 0) {
            first++;
        }
        int last = DeviceHour.SLOTS - 1;
        while (h.seen(last) == 0) {
            last--;
        }
        return new Slots(first, last);
    }

    /**
     * Rows grouped by the slots they touch, each group in key order: a beacon of 10 s touches one
     * of an hour row's twelve slots, so its upsert names 4 of the 48 slot columns, not all of them
     * (a fraction of the values to send, parse and add). Groups go in slot order, so writers on
     * several instances still meet their common rows mostly in one order.
     */
    private static <T> Map<Slots, List<Map.Entry<Key, T>>> bySlots(Map<Key, T> rows, Function<T, Slots> slots) {
        Map<Slots, List<Map.Entry<Key, T>>> groups = new TreeMap<>();
        for (Map.Entry<Key, T> row : rows.entrySet()) {
            groups.computeIfAbsent(slots.apply(row.getValue()), s -> new ArrayList<>()).add(row);
        }
        groups.values().forEach(g -> g.sort(Map.Entry.comparingByKey(Key.ORDER)));
        return groups;
    }

    private static Upsert<Map.Entry<Key, DeviceHour>> hourUpsert(Slots slots) {
        List<String> columns = new ArrayList<>(List.of("game_id", "hour", "scope_id", "device_id"));
        List<String> update = new ArrayList<>();
        for (int k = slots.first(); k <= slots.last(); k++) {
            for (String mask : MASKS) {
                columns.add(mask + "_" + k);
                update.add(or(mask + "_" + k));
            }
            columns.add("played_" + k);
            update.add(plus("played_" + k));
        }
        withValues(columns, update);
        return new Upsert<>("streamstats_device_hour", columns, String.join(", ", update), (s, first, row) -> {
            int i = bindKey(s, first, row.getKey());
            DeviceHour h = row.getValue();
            for (int k = slots.first(); k <= slots.last(); k++) {
                s.setLong(i++, h.seen(k));
                s.setLong(i++, h.p2p(k));
                s.setLong(i++, h.incompatible(k));
                s.setLong(i++, h.played(k));
            }
            return bindValues(s, i, h.values());
        });
    }

    private static Upsert<Map.Entry<Key, DeviceDay>> dayUpsert(Slots hours) {
        List<String> columns = new ArrayList<>(List.of("game_id", "day", "scope_id", "device_id"));
        List<String> update = new ArrayList<>();
        for (String mask : MASKS) {
            columns.add(mask);
            update.add(or(mask));
        }
        for (int h = hours.first(); h <= hours.last(); h++) {
            columns.add("played_" + h);
            update.add(plus("played_" + h));
        }
        withValues(columns, update);
        return new Upsert<>("streamstats_device_day", columns, String.join(", ", update), (s, first, row) -> {
            int i = bindKey(s, first, row.getKey());
            DeviceDay d = row.getValue();
            s.setLong(i++, d.seen());
            s.setLong(i++, d.p2p());
            s.setLong(i++, d.incompatible());
            for (int h = hours.first(); h <= hours.last(); h++) {
                s.setLong(i++, d.played(h));
            }
            return bindValues(s, i, d.values());
        });
    }

    /** The breakdown values last: written as the latest, whatever the row held. */
    private static void withValues(List<String> columns, List<String> update) {
        for (String v : VALUES) {
            columns.add(v);
            update.add(v + " = VALUES(" + v + ")");
        }
    }

    private static String or(String column) {
        return column + " = " + column + " | VALUES(" + column + ")";
    }

    private static String plus(String column) {
        return column + " = " + column + " + VALUES(" + column + ")";
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
