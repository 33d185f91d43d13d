package org.polymetric.streamstats.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.ingest.playback.Spread;

/**
 * What reports add to one device's row of one UTC day on one rendition
 * ({@code streamstats_device_day}): bit h ({@code 1L << h}, h 0..23) of the masks is hour h of the
 * day, with {@link DeviceHour}'s meanings (seen, p2p share > 0, reported incompatible), and
 * {@code played(h)} the played ms spread into hour h. Merged as {@link DeviceHour} rows are.
 * Hour h's part is a function of the device's hour row of that hour ({@link #partOf}), so day rows
 * are folded from hour rows rather than written per report.
 */
public final class DeviceDay {
    public static final long MILLIS = 86_400_000L;
    public static final int HOURS = 24;
    /** Day rows serve {@code 1M}, 30 days, plus late beacons: kept 35 days, as the coarse rollups. */
    public static final Duration KEPT = Duration.ofDays(35);

    private final long dayMs;
    private long seen;
    private long p2p;
    private long incompatible;
    private final long[] played = new long[HOURS];
    private DeviceValues values;

    private DeviceDay(long dayMs, DeviceValues values) {
        this.dayMs = dayMs;
        this.values = values;
    }

    /** The day rows a report adds to: one per UTC day its interval overlaps (two when it crosses midnight). */
    public static List<DeviceDay> of(PlaybackReport r) {
        BeaconInterval interval = r.interval();
        Spread p2pBytes = new Spread(interval.startMs(), interval.lengthMs(), r.p2pBytes());
        Spread playedMs = new Spread(interval.startMs(), interval.lengthMs(), r.playedMs());
        DeviceValues values = DeviceValues.of(r);
        List<DeviceDay> rows = new ArrayList<>(2);
        DeviceDay row = null;
        for (long hour : interval.buckets(Level.HOUR)) {
            long day = Level.DAY.floor(hour);
            if (row == null || row.dayMs != day) {
                row = new DeviceDay(day, values);
                rows.add(row);
            }
            int h = (int) ((hour - day) / DeviceHour.MILLIS);
            long bit = 1L << h;
            row.seen |= bit;
            if (p2pBytes.in(hour, hour + DeviceHour.MILLIS) > 0) {
                row.p2p |= bit;
            }
            if (!r.p2pCompatible()) {
                row.incompatible |= bit;
            }
            row.played[h] = playedMs.in(hour, hour + DeviceHour.MILLIS);
        }
        return rows;
    }

    /**
     * The part of its day an hour row makes: bit h (the hour of the day) of a mask set iff any
     * 5-second bit of that kind is, played into hour h the sum of its 5-minute slots. Equal to
     * {@link #of} of the same reports, as the spread of an hour is the sum of its slots' spreads.
     */
    public static DeviceDay partOf(DeviceHour row) {
        long day = Level.DAY.floor(row.hourMs());
        int h = (int) ((row.hourMs() - day) / DeviceHour.MILLIS);
        long bit = 1L << h;
        DeviceDay part = new DeviceDay(day, row.values());
        for (int k = 0; k < DeviceHour.SLOTS; k++) {
            part.seen |= row.seen(k) != 0 ? bit : 0;
            part.p2p |= row.p2p(k) != 0 ? bit : 0;
            part.incompatible |= row.incompatible(k) != 0 ? bit : 0;
            part.played[h] += row.played(k);
        }
        return part;
    }

    /** Adds {@code later}, a row of the same device, day and rendition written after this one. */
    public void merge(DeviceDay later) {
        if (later.dayMs != dayMs) {
            throw new IllegalArgumentException("rows of different days: " + dayMs + ", " + later.dayMs);
        }
        seen |= later.seen;
        p2p |= later.p2p;
        incompatible |= later.incompatible;
        for (int h = 0; h < HOURS; h++) {
            played[h] += later.played[h];
        }
        values = later.values;
    }

    /** Whether the row is still kept at {@code nowMs}: its day ended within {@link #KEPT} of now. */
    public static boolean keeps(long dayMs, long nowMs) {
        return dayMs + MILLIS > nowMs - KEPT.toMillis();
    }

    /** 00:00 UTC of the day, epoch ms. */
    public long dayMs() {
        return dayMs;
    }

    public long seen() {
        return seen;
    }

    public long p2p() {
        return p2p;
    }

    public long incompatible() {
        return incompatible;
    }

    public long played(int hour) {
        return played[hour];
    }

    public DeviceValues values() {
        return values;
    }
}
