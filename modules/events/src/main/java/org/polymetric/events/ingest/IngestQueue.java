package org.polymetric.events.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.ingest.Submission;

/**
 * Countly's use of the kernel's {@link GroupCommitQueue}: each item is the reports of one SDK
 * request ({@code /i}: one; {@code /i/bulk}: several), weighing as many as it carries,
 * {@link BatchWriter} commits a batch of them, and a request's answer waits for its commit. A
 * full queue refuses at once, so SDKs keep the request and retry, and memory stays bounded.
 */
@ApplicationScoped
public class IngestQueue {
    /** Reports waiting at most; at the benchmark's rate about a second of work. */
    static final int CAPACITY = 20_000;
    /** Reports per transaction at most (a bulk larger than that is a batch of its own). */
    static final int BATCH = 2_000;
    /**
     * After a quiet second the writer's connection goes back to the pool, so none sits open for
     * hours past the server's wait_timeout, and a fresh one comes with the next request.
     */
    static final long IDLE_MILLIS = 1_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BatchWriter writer;

    private GroupCommitQueue<List<Report>, Outcome> queue;

    @PostConstruct
    void start() {
        queue = new GroupCommitQueue<>("events", CAPACITY, BATCH, IDLE_MILLIS, threads, writer);
    }

    @PreDestroy
    void stop() {
        queue.close();
    }

    /** Queues the reports of one request; its submission completes when they are committed. */
    public Submission<Outcome> submit(List<Report> reports) throws GroupCommitQueue.Full {
        return queue.submit(reports, reports.size());
    }
}
