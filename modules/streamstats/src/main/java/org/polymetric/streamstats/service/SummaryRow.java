package org.polymetric.streamstats.service;

import org.polymetric.streamstats.domain.DeviceClass;
import org.polymetric.streamstats.domain.Throughput;
import org.polymetric.streamstats.domain.ViewingTime;
import org.polymetric.streamstats.domain.WindowDevices;
import org.polymetric.streamstats.store.RollupBytes;
import org.polymetric.streamstats.store.ScopeRow;

/** One row of a summary (its listed scope) or the aggregate (no scope): throughput, devices per class, viewing time. */
public record SummaryRow(ScopeRow scope, Throughput throughput, long cdnDevices, long p2pDevices, long notCompatibleDevices,
                         ViewingTime viewingTime) {

    static SummaryRow of(ScopeRow scope, RollupBytes bytes, WindowDevices devices, long lengthMs) {
        WindowDevices d = devices == null ? new WindowDevices() : devices;
        return new SummaryRow(scope, Throughput.of(bytes.cdn(), bytes.p2p(), lengthMs), d.count(DeviceClass.CDN),
                d.count(DeviceClass.P2P), d.count(DeviceClass.NOT_COMPATIBLE), d.viewingTime());
    }
}
