package org.polymetric.kernel.ingest.playback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.polymetric.kernel.ingest.BatchSink;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.ingest.IngestTransaction;
import org.polymetric.kernel.ingest.Ingested;
import org.polymetric.kernel.ingest.ObservedSink;
import org.polymetric.kernel.ingest.Submission;

/**
 * The one queue of player beacons: a request's beacons are one item weighing their count, and
 * each batch of requests is one {@code Ingested<Beacon>} event in one transaction
 * ({@link ObservedSink}). {@value #CAPACITY} beacons may wait (some 50 requests of 1 000, or
 * 500 of 100), a batch holds at most {@value #MAX_BATCH}: large, because an observer's rollup
 * rows cost per batch (each active scope and bucket once), not per beacon, so under load fewer,
 * larger batches write fewer rows per beacon (the benchmark doubled its rate from 5 000 to 20 000);
 * a full queue is a 503 the players retry.
 */
@ApplicationScoped
public class PlaybackQueue {
    static final int CAPACITY = 50_000;
    static final int MAX_BATCH = 20_000;
    private static final long IDLE_MILLIS = 1_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    IngestTransaction transaction;

    @Inject
    Event<Ingested<Beacon>> observers;

    private GroupCommitQueue<List<Beacon>, Void> queue;

    @PostConstruct
    void start() {
        queue = new GroupCommitQueue<>("playback", CAPACITY, MAX_BATCH, IDLE_MILLIS, threads,
                new Requests(new ObservedSink<>(transaction, observers)));
    }

    @PreDestroy
    void stop() {
        queue.close();
    }

    /** Queues one request's beacons (1 to 1 000); completes after the commit of their batch. */
    public Submission<Void> submit(List<Beacon> beacons) throws GroupCommitQueue.Full {
        return queue.submit(beacons, beacons.size());
    }

    /** A batch of requests as the one flat batch of beacons the observers see. */
    private record Requests(ObservedSink<Beacon> beacons) implements BatchSink<List<Beacon>, Void> {
        @Override
        public List<Void> write(List<List<Beacon>> batch) {
            List<Beacon> all = new ArrayList<>();
            batch.forEach(all::addAll);
            beacons.write(all);
            return Collections.nCopies(batch.size(), null);
        }
    }
}
