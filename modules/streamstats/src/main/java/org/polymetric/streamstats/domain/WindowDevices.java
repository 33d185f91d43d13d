package org.polymetric.streamstats.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The devices of one window (one summary row or {@code /agg}), from their rows in the buckets
 * that make it: each device once, in its class for the whole window, its played time counted as
 * that class's viewing time. The answer's {@code cdn_devices}, {@code p2p_devices},
 * {@code not_compatible_devices} and viewing times.
 */
public final class WindowDevices {

    private final Map<String, Seen> devices = new HashMap<>();

    /** A device's row in one bucket (of one rendition) of the window. */
    public void add(String deviceId, long playedMs, long p2pBytes, boolean reportedIncompatible) {
        DeviceClass inBucket = DeviceClass.of(p2pBytes, reportedIncompatible);
        devices.merge(deviceId, new Seen(inBucket, playedMs),
                (a, b) -> new Seen(a.deviceClass.and(b.deviceClass), a.playedMs + b.playedMs));
    }

    public long count(DeviceClass deviceClass) {
        return devices.values().stream().filter(s -> s.deviceClass == deviceClass).count();
    }

    public ViewingTime viewingTime() {
        ViewingTime total = ViewingTime.NONE;
        for (Seen s : devices.values()) {
            total = total.plus(s.deviceClass, s.playedMs);
        }
        return total;
    }

    private record Seen(DeviceClass deviceClass, long playedMs) {
    }
}
