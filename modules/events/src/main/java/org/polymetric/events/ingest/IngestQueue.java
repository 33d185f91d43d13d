package org.polymetric.events.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded queue between SDK requests and the database. One writer thread takes whatever has
 * queued up while the previous batch committed (group commit: the busier the portal, the larger
 * the batches) and hands it to {@link BatchWriter}. A full queue refuses at once, so SDKs keep
 * the request and retry, and memory stays bounded. A request's answer waits for its commit.
 */
@ApplicationScoped
public class IngestQueue {
    private static final Logger LOG = Logger.getLogger(IngestQueue.class.getName());
    /** Requests waiting at most; at the benchmark's rate about a second of work. */
    static final int CAPACITY = 20_000;
    /** Requests per transaction at most. */
    static final int BATCH = 2_000;

    /** The queue was full: the caller answers 503 so the SDK retries later. */
    public static final class Full extends Exception {
        Full() {
            super("the ingest queue is full", null, false, false);
        }
    }

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BatchWriter writer;

    private final ArrayBlockingQueue<Work> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean running = true;
    private Thread thread;

    @PostConstruct
    void start() {
        thread = threads.newThread(this::drain);
        thread.setName("polymetric-events-writer");
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Work> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(w -> w.done().completeExceptionally(new IllegalStateException("the portal is stopping")));
    }

    /** Queues the reports of one request; the future completes when they are committed. */
    public CompletableFuture<Outcome> submit(List<Report> reports) throws Full {
        Work work = new Work(reports);
        if (!running || !queue.offer(work)) {
            throw new Full();
        }
        return work.done();
    }

    private void drain() {
        List<Work> batch = new ArrayList<>();
        while (running) {
            try {
                Work first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    // idle for a second: the connection goes back to the pool, so none sits open for
                    // hours past the server's wait_timeout, and a fresh one comes with the next request
                    writer.release();
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writer.write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "events writer: a batch failed", e);
                batch.forEach(w -> w.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        writer.release();
    }
}
