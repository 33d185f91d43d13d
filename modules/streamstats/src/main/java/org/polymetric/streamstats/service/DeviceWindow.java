package org.polymetric.streamstats.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.store.DayRow;
import org.polymetric.streamstats.store.HourRow;

/**
 * Which device rows a window reads, and what each row says inside it. The fewest rows
 * ({@link #of}): whole hours from day rows (their hour bits) when the day rows hold them (the
 * hour is folded, or past the hour rows' retention: {@link #dayRowsHold}), partial hours and
 * whole hours not yet folded from hour rows (their 5-second bits), so a device costs at most 1 row
 * for {@code live}, 2 for {@code 10m} and {@code 1h}, 4 for {@code 24h}, 8 for {@code 1w} and 31
 * for {@code 1M} once the hours are folded, and one hour row more in the minutes after an hour
 * ends, until its fold.
 *
 * <p>Played time of a 5-minute slot only partly inside the window is the slot's played ×
 * (its seen 5-second bits inside the window) / (its seen 5-second bits in the slot), rounded
 * down: exact for a device that plays steadily, the best the hour row can tell otherwise.
 */
public final class DeviceWindow {
    static final long FIVE_SECONDS = 5_000L;
    static final long FIVE_MINUTES = 300_000L;
    static final long HOUR = 3_600_000L;
    static final long DAY = 86_400_000L;
    static final long ALL_SLOTS = (1L << 60) - 1;

    /** An hour row's part of the window: per 5-minute slot, the bits of the 5-second slots inside it. */
    public record HourPart(long hourMs, long[] masks) {
    }

    /** A day row's part of the window: the bits of its whole hours inside it. */
    public record DayPart(long dayMs, long hours) {
    }

    /** What one device row says inside the window. */
    public record Share(boolean seen, boolean p2p, boolean incompatible, long playedMs) {
    }

    private final List<HourPart> hours;
    private final List<DayPart> days;

    private DeviceWindow(List<HourPart> hours, List<DayPart> days) {
        this.hours = hours;
        this.days = days;
    }

    /**
     * The fewest rows for {@code [startMs, endMs)} (on the 5-second grid): a whole hour {@code h}
     * from its day row when {@code fromDay.test(h)}, else from its hour row.
     */
    public static DeviceWindow of(long startMs, long endMs, LongPredicate fromDay) {
        List<HourPart> hours = new ArrayList<>();
        Map<Long, Long> days = new LinkedHashMap<>();
        for (long h = Math.floorDiv(startMs, HOUR) * HOUR; h < endMs; h += HOUR) {
            long from = Math.max(startMs, h);
            long to = Math.min(endMs, h + HOUR);
            if (from == h && to == h + HOUR && fromDay.test(h)) {
                long day = Math.floorDiv(h, DAY) * DAY;
                days.merge(day, 1L << ((h - day) / HOUR), (a, b) -> a | b);
                continue;
            }
            long[] masks = new long[HourRow.SLOTS];
            for (long t = from; t < to; t += FIVE_SECONDS) {
                int index = (int) ((t - h) / FIVE_SECONDS);
                masks[index / 60] |= 1L << (index % 60);
            }
            hours.add(new HourPart(h, masks));
        }
        List<DayPart> dayParts = new ArrayList<>();
        days.forEach((day, bits) -> dayParts.add(new DayPart(day, bits)));
        return new DeviceWindow(hours, dayParts);
    }

    /** Hour rows only, each hour the window overlaps: breakdown points of 5 s to 5 minutes. */
    public static DeviceWindow inHours(long startMs, long endMs) {
        return of(startMs, endMs, h -> false);
    }

    /**
     * Whether the day rows hold a whole hour at {@code nowMs}: it is {@code folded}, or past the
     * hour rows' retention (the writer then adds to day rows only).
     */
    public static LongPredicate dayRowsHold(Set<Long> folded, long nowMs) {
        return h -> folded.contains(h) || !DeviceHour.keeps(h, nowMs);
    }

    public List<HourPart> hours() {
        return hours;
    }

    public List<DayPart> days() {
        return days;
    }

    /** What an hour row says inside its part. */
    public static Share share(HourRow row, HourPart part) {
        boolean seen = false;
        boolean p2p = false;
        boolean incompatible = false;
        long played = 0;
        for (int k = 0; k < HourRow.SLOTS; k++) {
            long mask = part.masks()[k];
            long seenIn = row.seen()[k] & mask;
            if (seenIn == 0) {
                continue;
            }
            seen = true;
            p2p |= (row.p2p()[k] & mask) != 0;
            incompatible |= (row.incompatible()[k] & mask) != 0;
            played += mask == ALL_SLOTS ? row.played()[k]
                    : row.played()[k] * Long.bitCount(seenIn) / Long.bitCount(row.seen()[k]);
        }
        return new Share(seen, p2p, incompatible, played);
    }

    /** What a day row says inside its part. */
    public static Share share(DayRow row, DayPart part) {
        long mask = part.hours();
        long played = 0;
        for (int h = 0; h < DayRow.HOURS; h++) {
            if ((mask & (1L << h)) != 0) {
                played += row.played()[h];
            }
        }
        return new Share((row.seen() & mask) != 0, (row.p2p() & mask) != 0, (row.incompatible() & mask) != 0, played);
    }

    /** The start of each 5-second slot of the part in which the row was seen. */
    public static void seenAt(HourRow row, HourPart part, LongConsumer at) {
        for (int k = 0; k < HourRow.SLOTS; k++) {
            long bits = row.seen()[k] & part.masks()[k];
            while (bits != 0) {
                int j = Long.numberOfTrailingZeros(bits);
                at.accept(part.hourMs() + k * FIVE_MINUTES + j * FIVE_SECONDS);
                bits &= bits - 1;
            }
        }
    }

    /** The start of each hour of the part in which the row was seen. */
    public static void seenAt(DayRow row, DayPart part, LongConsumer at) {
        long bits = row.seen() & part.hours();
        while (bits != 0) {
            int h = Long.numberOfTrailingZeros(bits);
            at.accept(part.dayMs() + h * HOUR);
            bits &= bits - 1;
        }
    }
}
