package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.polymetric.streamstats.domain.WindowDevices;
import org.polymetric.streamstats.store.DeviceRowReader;

/** The devices of a window per listed row, from the fewest device rows ({@link DeviceWindow#of}: folded whole hours from day rows). */
@ApplicationScoped
public class DeviceTally {
    @Inject
    DeviceRowReader rows;

    /**
     * Each listed row's devices in {@code [startMs, endMs)}: the device rows of the renditions
     * {@code scopes} (null: every rendition of the game, read without a list of ids) count under
     * the row {@code rowOf} maps their rendition to (none: not counted).
     */
    public <K> Map<K, WindowDevices> devices(long gameId, long startMs, long endMs, Collection<Long> scopes, LongFunction<K> rowOf) {
        Map<K, WindowDevices> devices = new HashMap<>();
        if (scopes != null && scopes.isEmpty()) {
            return devices;
        }
        DeviceWindow window = DeviceWindow.of(startMs, endMs,
                DeviceWindow.dayRowsHold(rows.folded(startMs, endMs), System.currentTimeMillis()));
        for (DeviceWindow.HourPart part : window.hours()) {
            rows.hour(gameId, part.hourMs(), scopes,
                    row -> add(devices, rowOf.apply(row.scopeId()), row.deviceId(), DeviceWindow.share(row, part)));
        }
        for (DeviceWindow.DayPart part : window.days()) {
            rows.day(gameId, part.dayMs(), scopes,
                    row -> add(devices, rowOf.apply(row.scopeId()), row.deviceId(), DeviceWindow.share(row, part)));
        }
        return devices;
    }

    private static <K> void add(Map<K, WindowDevices> devices, K row, String deviceId, DeviceWindow.Share share) {
        if (row != null && share.seen()) {
            // a p2p bit means a non-zero spread share of p2p bytes: one byte stands for it
            devices.computeIfAbsent(row, k -> new WindowDevices())
                    .add(deviceId, share.playedMs(), share.p2p() ? 1 : 0, share.incompatible());
        }
    }
}
