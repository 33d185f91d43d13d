package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.polymetric.streamstats.domain.WindowDevices;
import org.polymetric.streamstats.store.DeviceRowReader;

/** The devices of a window per listed row, from the fewest device rows ({@link DeviceWindow#of}). */
@ApplicationScoped
public class DeviceTally {
    @Inject
    DeviceRowReader rows;

    /**
     * Each listed row's devices in {@code [startMs, endMs)}: a rendition's device rows count under
     * the row {@code rowOf} maps the rendition to; renditions not mapped are not read.
     */
    public <K> Map<K, WindowDevices> devices(long gameId, long startMs, long endMs, Map<Long, K> rowOf) {
        Map<K, WindowDevices> devices = new HashMap<>();
        if (rowOf.isEmpty()) {
            return devices;
        }
        DeviceWindow window = DeviceWindow.of(startMs, endMs);
        for (DeviceWindow.HourPart part : window.hours()) {
            rows.hour(gameId, part.hourMs(), rowOf.keySet(),
                    row -> add(devices, rowOf.get(row.scopeId()), row.deviceId(), DeviceWindow.share(row, part)));
        }
        for (DeviceWindow.DayPart part : window.days()) {
            rows.day(gameId, part.dayMs(), rowOf.keySet(),
                    row -> add(devices, rowOf.get(row.scopeId()), row.deviceId(), DeviceWindow.share(row, part)));
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
