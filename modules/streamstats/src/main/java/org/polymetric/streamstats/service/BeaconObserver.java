package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.ingest.Ingested;
import org.polymetric.kernel.ingest.playback.Beacon;
import org.polymetric.streamstats.domain.PlaybackReport;
import org.polymetric.streamstats.store.DeviceWriter;
import org.polymetric.streamstats.store.RollupWriter;
import org.polymetric.streamstats.store.ScopeIds;

/**
 * Writes every batch of player beacons the kernel commits ({@code Ingested<Beacon>}, fired inside
 * the batch's transaction; the players hear 204 after its commit) into the rollups and the device
 * rows, in a few multi-row statements per batch. It refuses nothing: the kernel validated the
 * beacons, and its bounds fit the columns. A failure (the database) throws, so the whole batch
 * rolls back and the kernel tries it again.
 */
@ApplicationScoped
public class BeaconObserver {

    @Inject
    ScopeIds scopes;

    @Inject
    RollupWriter rollups;

    @Inject
    DeviceWriter devices;

    void write(@Observes Ingested<Beacon> batch) throws SQLException {
        List<PlaybackReport> reports = new ArrayList<>(batch.items().size());
        batch.items().forEach(b -> reports.add(report(b)));
        long now = System.currentTimeMillis();
        // scope ids first: they commit on their own, before this transaction holds any row lock
        List<long[]> ids = scopes.of(reports);
        long[] renditions = new long[ids.size()];
        for (int i = 0; i < renditions.length; i++) {
            long[] four = ids.get(i);
            renditions[i] = four[four.length - 1];
        }
        rollups.write(reports, ids, now);
        devices.write(reports, renditions, now);
    }

    /** What the module keeps of a beacon. */
    static PlaybackReport report(Beacon b) {
        return new PlaybackReport(b.gameId(), b.deviceId(), b.timestampMs(), b.intervalMs(), b.channelId(), b.streamId(),
                b.streamUri(), b.bitrate(), b.representationId(), b.cdnBytes(), b.p2pBytes(), b.playedMs(), b.rebufferedMs(),
                b.bufferHealthMs(), b.bufferFillingRate(), b.responseTimeCdnMs(), b.responseTimeP2pMs(), b.droppedFrames(),
                b.p2pCompatible(), b.connectionType(), b.os(), b.platform());
    }
}
