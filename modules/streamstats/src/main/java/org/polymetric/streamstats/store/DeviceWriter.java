package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.DeviceDay;
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.domain.DeviceValues;
import org.polymetric.streamstats.domain.PlaybackReport;
import org.polymetric.kernel.storage.MultiRow;

/**
 * Adds a batch of reports to the device rows of their renditions ({@code streamstats_device_hour}
 * and {@code _day}; rows still kept only). Rows of one key within the batch are merged in memory
 * ({@link DeviceHour#merge}), then upserted, grouped by the slots they touch and in primary-key
 * order within a group: masks by OR, played by addition, breakdown values overwritten by the
 * latest. Runs on the caller's transaction.
 *
 * <p>Day rows are folded from hour rows once their hour is over ({@link DayFold}), so a report
 * adds to its day row here only for the parts of hours already folded (late beacons) or past the
 * hour rows' retention (no fold will see them), each part made from the merged hour row
 * ({@link DeviceDay#partOf}). Whether an hour is folded is read with a locking read of its marker
 * ({@code LOCK IN SHARE MODE}) held until the batch commits: a fold that has inserted the marker
 * makes this read wait for its commit, and a batch that read "not folded" makes the fold's marker
 * insert wait for the batch's commit, so each part reaches the day row exactly once.
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
        // in key order, so a day part made of two hours of one batch keeps the later hour's values
        Map<Key, DeviceHour> merged = new TreeMap<>(Key.ORDER);
        for (int i = 0; i < reports.size(); i++) {
            PlaybackReport r = reports.get(i);
            for (DeviceHour row : DeviceHour.of(r)) {
                merged.merge(new Key(r.gameId(), row.hourMs(), renditions[i], r.deviceId()), row, (a, b) -> {
                    a.merge(b);
                    return a;
                });
            }
        }
        Set<Long> keptHours = new TreeSet<>();
        merged.values().forEach(h -> {
            if (DeviceHour.keeps(h.hourMs(), nowMs)) {
                keptHours.add(h.hourMs());
            }
        });
        try (Connection c = dataSource.getConnection()) {
            Set<Long> folded = foldedLocked(c, keptHours);
            Map<Key, DeviceHour> hours = new HashMap<>();
            Map<Key, DeviceDay> days = new HashMap<>();
            for (Map.Entry<Key, DeviceHour> e : merged.entrySet()) {
                Key k = e.getKey();
                DeviceHour row = e.getValue();
                boolean kept = keptHours.contains(row.hourMs());
                if (kept) {
                    hours.put(k, row);
                }
                DeviceDay part = DeviceDay.partOf(row);
                if ((!kept || folded.contains(row.hourMs())) && DeviceDay.keeps(part.dayMs(), nowMs)) {
                    days.merge(new Key(k.gameId(), part.dayMs(), k.scopeId(), k.deviceId()), part, (a, b) -> {
                        a.merge(b);
                        return a;
                    });
                }
            }
            for (Map.Entry<Slots, List<Map.Entry<Key, DeviceHour>>> group : bySlots(hours, DeviceWriter::slots).entrySet()) {
                hourUpsert(group.getKey()).run(c, group.getValue());
            }
            for (Map.Entry<Slots, List<Map.Entry<Key, DeviceDay>>> group : bySlots(days, d -> Slots.of(d.seen())).entrySet()) {
                dayUpsert(group.getKey()).run(c, group.getValue());
            }
            return new int[]{hours.size(), days.size()};
        }
    }

    /**
     * Which of {@code hours} are folded, read with shared locks held to the end of the caller's
     * transaction: on a marker present, and on the gap where a missing one would go, so no fold
     * of these hours commits in between.
     */
    private static Set<Long> foldedLocked(Connection c, Set<Long> hours) throws SQLException {
        Set<Long> folded = new TreeSet<>();
        if (hours.isEmpty()) {
            return folded;
        }
        String marks = String.join(", ", Collections.nCopies(hours.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT hour FROM streamstats_folded_hour WHERE hour IN (" + marks
                + ") LOCK IN SHARE MODE")) {
            int i = 1;
            for (long hour : hours) {
                s.setLong(i++, hour);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    folded.add(rs.getLong(1));
                }
            }
        }
        return folded;
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

    private static MultiRow<Map.Entry<Key, DeviceHour>> hourUpsert(Slots slots) {
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
        return MultiRow.upsert("streamstats_device_hour", columns, String.join(", ", update), (s, first, row) -> {
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

    private static MultiRow<Map.Entry<Key, DeviceDay>> dayUpsert(Slots hours) {
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
        return MultiRow.upsert("streamstats_device_day", columns, String.join(", ", update), (s, first, row) -> {
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
