package org.polymetric.streamstats.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.ingest.playback.Spread;

/**
 * What reports add to one device's row of one UTC hour on one rendition
 * ({@code streamstats_device_hour}): slot k (0..11) is the k-th 5 minutes of the hour, and bit j
 * ({@code 1L << j}, j 0..59) of a slot's masks its j-th 5 seconds. {@code seen}: an interval
 * overlapped those 5 s; {@code p2p}: the spread share of the p2p bytes there is > 0;
 * {@code incompatible}: a report with {@code p2p_compatible: false} overlapped them.
 * {@code played(k)}: played ms spread into slot k. Reports of one row merge by OR and addition
 * ({@link #merge}), the breakdown values of the later one winning, as the table's upsert does.
 */
public final class DeviceHour {
    public static final long MILLIS = 3_600_000L;
    public static final int SLOTS = 12;
    public static final long SLOT_MILLIS = MILLIS / SLOTS;
    public static final long TICK_MILLIS = 5_000L;
    public static final int TICKS_PER_SLOT = (int) (SLOT_MILLIS / TICK_MILLIS);
    /** Hour rows serve the windows of the last 24 h and beacons arrive up to 48 h late. */
    public static final Duration KEPT = Duration.ofHours(48);

    private final long hourMs;
    private final long[] seen = new long[SLOTS];
    private final long[] p2p = new long[SLOTS];
    private final long[] incompatible = new long[SLOTS];
    private final long[] played = new long[SLOTS];
    private DeviceValues values;

    private DeviceHour(long hourMs, DeviceValues values) {
        this.hourMs = hourMs;
        this.values = values;
    }

    /** The hour rows a report adds to: one per UTC hour its interval overlaps (two when it crosses an hour). */
    public static List<DeviceHour> of(PlaybackReport r) {
        BeaconInterval interval = r.interval();
        Spread p2pBytes = new Spread(interval.startMs(), interval.lengthMs(), r.p2pBytes());
        Spread playedMs = new Spread(interval.startMs(), interval.lengthMs(), r.playedMs());
        DeviceValues values = DeviceValues.of(r);
        List<DeviceHour> rows = new ArrayList<>(2);
        for (long hour : interval.buckets(Level.HOUR)) {
            DeviceHour row = new DeviceHour(hour, values);
            long from = Math.max(hour, Level.FIVE_SECONDS.floor(interval.startMs()));
            long to = Math.min(hour + MILLIS, interval.endMs());
            for (long tick = from; tick < to; tick += TICK_MILLIS) {
                int index = (int) ((tick - hour) / TICK_MILLIS);
                int slot = index / TICKS_PER_SLOT;
                long bit = 1L << (index % TICKS_PER_SLOT);
                row.seen[slot] |= bit;
                if (p2pBytes.in(tick, tick + TICK_MILLIS) > 0) {
                    row.p2p[slot] |= bit;
                }
                if (!r.p2pCompatible()) {
                    row.incompatible[slot] |= bit;
                }
            }
            for (int slot = 0; slot < SLOTS; slot++) {
                row.played[slot] = playedMs.in(hour + slot * SLOT_MILLIS, hour + (slot + 1) * SLOT_MILLIS);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Adds {@code later}, a row of the same device, hour and rendition written after this one. */
    public void merge(DeviceHour later) {
        if (later.hourMs != hourMs) {
            throw new IllegalArgumentException("rows of different hours: " + hourMs + ", " + later.hourMs);
        }
        for (int k = 0; k < SLOTS; k++) {
            seen[k] |= later.seen[k];
            p2p[k] |= later.p2p[k];
            incompatible[k] |= later.incompatible[k];
            played[k] += later.played[k];
        }
        values = later.values;
    }

    /** Whether the row is still kept at {@code nowMs}: its hour ended within {@link #KEPT} of now. */
    public static boolean keeps(long hourMs, long nowMs) {
        return hourMs + MILLIS > nowMs - KEPT.toMillis();
    }

    /** The start of the hour, epoch ms. */
    public long hourMs() {
        return hourMs;
    }

    public long seen(int slot) {
        return seen[slot];
    }

    public long p2p(int slot) {
        return p2p[slot];
    }

    public long incompatible(int slot) {
        return incompatible[slot];
    }

    public long played(int slot) {
        return played[slot];
    }

    public DeviceValues values() {
        return values;
    }
}
