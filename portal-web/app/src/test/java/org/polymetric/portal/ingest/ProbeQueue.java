package org.polymetric.portal.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.ingest.IngestTransaction;
import org.polymetric.kernel.ingest.Ingested;
import org.polymetric.kernel.ingest.ObservedSink;
import org.polymetric.kernel.ingest.Submission;

/** The probe's queue, built as the kernel README tells a module to build one. */
@ApplicationScoped
public class ProbeQueue {
    @Resource
    ManagedThreadFactory threads;

    @Inject
    IngestTransaction transaction;

    @Inject
    Event<Ingested<ProbeItem>> observers;

    private GroupCommitQueue<ProbeItem, Void> queue;

    @PostConstruct
    void start() {
        queue = new GroupCommitQueue<>("probe", 100, 50, 1_000, threads, new ObservedSink<>(transaction, observers));
    }

    @PreDestroy
    void stop() {
        queue.close();
    }

    public Submission<Void> submit(ProbeItem item) throws GroupCommitQueue.Full {
        return queue.submit(item);
    }
}
