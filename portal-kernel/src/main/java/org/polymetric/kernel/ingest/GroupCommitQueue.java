package org.polymetric.kernel.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded queue between write requests and the database (group commit). One writer thread
 * takes whatever queued up while the previous batch committed, up to {@code maxBatch} items, and
 * hands it to the {@link BatchSink} as one transaction: the busier the portal, the larger the
 * batches and the fewer the commits. Guarantees:
 * <ul>
 * <li>a caller's future completes only after the sink returned, i.e. after the commit holding
 *     its item, so an answer sent on completion never acknowledges what a crash could lose;</li>
 * <li>items reach the sink in the order they were submitted;</li>
 * <li>a full queue refuses at once with {@link Full} (the caller answers 503 and its client
 *     retries), so memory stays bounded and no request thread waits for room;</li>
 * <li>a batch that throws fails exactly its own items; the writer goes on with the next;</li>
 * <li>{@link #close} refuses new items, fails what is still queued with {@link Closed}, and
 *     lets the batch in progress commit and answer.</li>
 * </ul>
 * Plain Java, so it is tested without a container: a module builds one from the container's
 * {@code ManagedThreadFactory} in its bean's {@code @PostConstruct} and closes it in its
 * {@code @PreDestroy}.
 *
 * @param <T> what callers submit (one request's worth of work)
 * @param <R> what each caller learns once committed
 */
public final class GroupCommitQueue<T, R> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GroupCommitQueue.class.getName());
    /** How long {@link #close} waits for the batch in progress. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    /** The queue was full: the caller answers 503 so that its client retries later. */
    public static final class Full extends Exception {
        Full(String name) {
            // thrown under overload, at the rate requests come: no stack trace to fill
            super("the " + name + " queue is full", null, false, false);
        }
    }

    /** The queue was closed (the portal is stopping) before this item was written. */
    public static final class Closed extends IllegalStateException {
        Closed(String name) {
            super("the " + name + " queue is closed: the portal is stopping");
        }
    }

    private record Pending<T, R>(T item, CompletableFuture<R> done) {
    }

    private final String name;
    private final int maxBatch;
    private final long idleMillis;
    private final BatchSink<T, R> sink;
    private final ArrayBlockingQueue<Pending<T, R>> queue;
    private final Thread writer;
    /** Put in the queue by {@link #close} to wake the writer without interrupting it. */
    private final Pending<T, R> stop = new Pending<>(null, new CompletableFuture<>());
    private volatile boolean open = true;

    /**
     * Starts the writer thread at once.
     *
     * @param name       names the thread ({@code polymetric-<name>-writer}) and the refusals
     * @param capacity   items waiting at most; beyond it {@link #submit} refuses
     * @param maxBatch   items per transaction at most
     * @param idleMillis quiet time after which the sink hears {@link BatchSink#idle}
     * @param threads    the container's {@code ManagedThreadFactory} (a plain one in tests)
     */
    public GroupCommitQueue(String name, int capacity, int maxBatch, long idleMillis, ThreadFactory threads,
                            BatchSink<T, R> sink) {
        if (capacity < 1 || maxBatch < 1 || idleMillis < 1) {
            throw new IllegalArgumentException("capacity, batch size and idle interval must be positive");
        }
        this.name = Objects.requireNonNull(name);
        this.maxBatch = maxBatch;
        this.idleMillis = idleMillis;
        this.sink = Objects.requireNonNull(sink);
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = threads.newThread(this::drain);
        writer.setName("polymetric-" + name + "-writer");
        writer.start();
    }

    /**
     * Queues one item; the future completes with its result after its batch is committed, or
     * exceptionally with what the sink threw (or {@link Closed}).
     *
     * @throws Full when the queue holds its capacity already, or is closed
     */
    public CompletableFuture<R> submit(T item) throws Full {
        Pending<T, R> pending = new Pending<>(Objects.requireNonNull(item), new CompletableFuture<>());
        if (!open || !queue.offer(pending)) {
            throw new Full(name);
        }
        if (!open) {
            // closed between the check and the offer: the writer may be gone, so nothing may wait on it
            failQueued();
        }
        return pending.done();
    }

    /** Items waiting for the writer now (for health checks and tests). */
    public int waiting() {
        return queue.size();
    }

    /**
     * Refuses new items, fails those still queued with {@link Closed}, and waits (up to ten
     * seconds) for the batch in progress to commit and answer. The writer is woken by a marker
     * in the queue, not interrupted: an interrupt inside a JDBC call may break the connection
     * mid-commit.
     */
    @Override
    public void close() {
        open = false;
        failQueued();
        queue.offer(stop);
        try {
            writer.join(CLOSE_WAIT_MILLIS + idleMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failQueued();
    }

    private void failQueued() {
        List<Pending<T, R>> left = new ArrayList<>();
        queue.drainTo(left);
        left.stream().filter(p -> p != stop).forEach(p -> p.done().completeExceptionally(new Closed(name)));
    }

    private void drain() {
        List<Pending<T, R>> batch = new ArrayList<>();
        try {
            while (open) {
                Pending<T, R> first;
                try {
                    first = queue.poll(idleMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    // the container stops its threads: what is queued fails as on close
                    open = false;
                    break;
                }
                if (first == stop) {
                    break;
                }
                if (first == null) {
                    quietly(sink::idle, "idle");
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                boolean stopping = batch.removeIf(p -> p == stop);
                if (!batch.isEmpty()) {
                    // a list of its own: a sink may keep what it is given
                    List<T> items = new ArrayList<>(batch.size());
                    batch.forEach(p -> items.add(p.item()));
                    write(batch, items);
                }
                batch.clear();
                if (stopping) {
                    break;
                }
            }
        } finally {
            failQueued();
            quietly(sink::closed, "closed");
        }
    }

    private void write(List<Pending<T, R>> batch, List<T> items) {
        List<R> results;
        try {
            results = sink.write(items);
            if (results == null || results.size() != batch.size()) {
                throw new IllegalStateException("the " + name + " sink answered " + (results == null ? "nothing" : results.size()
                        + " results") + " for " + batch.size() + " items");
            }
        } catch (Exception | Error e) {
            // an Error too: a writer that died would leave every later caller waiting for nothing
            // one line a batch: while the database is down every batch fails, and the trace says nothing new
            LOG.warning("the " + name + " writer: a batch of " + batch.size() + " failed: " + e);
            LOG.log(Level.FINE, "the " + name + " writer: the failed batch's exception", e);
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(results.get(i));
        }
    }

    private void quietly(Runnable hook, String what) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the " + name + " sink failed on " + what, e);
        }
    }
}
