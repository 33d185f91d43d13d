package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.polymetric.streamstats.domain.Breakdown;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.store.DeviceRowReader;
import org.polymetric.streamstats.store.Place;
import org.polymetric.streamstats.store.ScopeReader;
import org.polymetric.streamstats.store.ScopeRow;

/**
 * Device breakdown series (OS, platform, connection type): distinct devices per value and point.
 * A device counts in a point when a seen bit of the point's span is set, under the value of the
 * row holding that bit. Points of 5 s to 5 minutes read hour rows (5-second bits), hour and
 * 6-hour points day rows (hour bits), but for the hours not folded yet, which read hour rows.
 * Points without devices are left out.
 */
@ApplicationScoped
public class Breakdowns {
    @Inject
    ScopeReader scopes;

    @Inject
    DeviceRowReader rows;

    /** A point's start and its devices per value, values in code-point order. */
    public record Point(long datetime, Map<String, Integer> devices) {
    }

    public List<Point> points(long gameId, Place place, Series series, Breakdown dimension) {
        // the whole game's rows are read without a list of ids
        List<Long> renditions = place.whole() ? null : scopes.renditions(gameId, place).stream().map(ScopeRow::id).toList();
        if (renditions != null && renditions.isEmpty()) {
            return List.of();
        }
        // devices as small numbers and a bit set per point and value: a 24 h series of thousands of
        // devices holds a few hundred bits per point, not a set of strings
        Map<String, Integer> numbers = new HashMap<>();
        Map<Long, Map<String, BitSet>> seen = new TreeMap<>();
        // these windows start and end on whole hours: folded hours from day rows, the others from hour rows
        DeviceWindow window = series.spacingMs() < DeviceWindow.HOUR ? DeviceWindow.inHours(series.startMs(), series.endMs())
                : DeviceWindow.of(series.startMs(), series.endMs(),
                        DeviceWindow.dayRowsHold(rows.folded(series.startMs(), series.endMs()), System.currentTimeMillis()));
        for (DeviceWindow.HourPart part : window.hours()) {
            rows.hour(gameId, part.hourMs(), renditions, row -> DeviceWindow.seenAt(row, part, counter(seen, series,
                    number(numbers, row.deviceId()), value(dimension, row.os(), row.platform(), row.connectionType()))));
        }
        for (DeviceWindow.DayPart part : window.days()) {
            rows.day(gameId, part.dayMs(), renditions, row -> DeviceWindow.seenAt(row, part, counter(seen, series,
                    number(numbers, row.deviceId()), value(dimension, row.os(), row.platform(), row.connectionType()))));
        }
        return seen.entrySet().stream().map(e -> {
            Map<String, Integer> counts = new TreeMap<>();
            e.getValue().forEach((v, devices) -> counts.put(v, devices.cardinality()));
            return new Point(e.getKey(), counts);
        }).toList();
    }

    private static int number(Map<String, Integer> numbers, String deviceId) {
        return numbers.computeIfAbsent(deviceId, d -> numbers.size());
    }

    private static LongConsumer counter(Map<Long, Map<String, BitSet>> seen, Series series, int device, String value) {
        return at -> {
            long point = series.pointOf(series.level().floor(at));
            if (point >= 0) {
                seen.computeIfAbsent(point, p -> new TreeMap<>()).computeIfAbsent(value, v -> new BitSet()).set(device);
            }
        };
    }

    private static String value(Breakdown dimension, String os, String platform, String connectionType) {
        // stored upper case by the writer; read through the same rule so a blank is UNKNOWN
        return Breakdown.value(switch (dimension) {
            case OS -> os;
            case PLATFORM -> platform;
            case CONNECTION_TYPE -> connectionType;
        });
    }
}
