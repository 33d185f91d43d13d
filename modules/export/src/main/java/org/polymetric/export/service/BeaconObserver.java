package org.polymetric.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.polymetric.export.domain.BatchRollup;
import org.polymetric.export.domain.Combination;
import org.polymetric.export.store.BucketCloser;
import org.polymetric.export.store.RollupWriter;
import org.polymetric.export.store.ValueIds;
import org.polymetric.kernel.ingest.Ingested;
import org.polymetric.kernel.ingest.playback.Beacon;

/**
 * Writes every batch of player beacons the kernel commits ({@code Ingested<Beacon>}, fired inside
 * the batch's transaction; the players hear 204 after its commit) into the export rollups: the
 * batch is merged in memory ({@link BatchRollup}) and written in a few multi-row statements
 * ({@link RollupWriter}). It refuses nothing: the kernel validated the beacons. A failure (the
 * database) throws, so the whole batch rolls back and the kernel tries it again.
 */
@ApplicationScoped
public class BeaconObserver {

    @Inject
    ValueIds values;

    @Inject
    RollupWriter writer;

    @Inject
    BucketCloser closer;

    void write(@Observes Ingested<Beacon> batch) throws SQLException {
        long now = System.currentTimeMillis();
        List<Beacon> beacons = batch.items();
        // value ids first: they commit on their own, before this transaction holds any row lock
        int[][] ids = values.of(beacons);
        BatchRollup rollup = new BatchRollup(now);
        for (int i = 0; i < ids.length; i++) {
            Beacon b = beacons.get(i);
            rollup.add(b.gameId(), Combination.of(ids[i]), b.startMs(), b.intervalMs(), b.cdnBytes(), b.p2pBytes(), b.playedMs(),
                    b.rebufferedMs());
        }
        RollupWriter.Written written = writer.write(rollup, now);
        // handed over before the commit: a batch that rolls back leaves buckets the closer finds empty or absent, which costs nothing
        closer.opened(written.open());
    }
}
