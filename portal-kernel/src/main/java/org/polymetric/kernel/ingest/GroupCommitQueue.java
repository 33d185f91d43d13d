package org.polymetric.kernel.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded queue between write requests and the database (group commit). One writer thread
 * takes whatever queued up while the previous batch committed, up to {@code maxBatch} in weight, and
 * hands it to the {@link BatchSink} as one transaction: the busier the portal, the larger the
 * batches and the fewer the commits. An item's weight is what it costs the sink (one request
 * carrying a thousand reports weighs a thousand); both bounds count weight. Guarantees:
 * <ul>
 * <li>a caller's {@link Submission} completes only after the sink returned, i.e. after the commit
 *     holding its item, so an answer sent on completion never acknowledges what a crash could lose;</li>
 * <li>an item is either taken by the writer or abandoned by its caller ({@link Submission#await}
 *     abandons on timeout), never both: a caller told "not stored" was not stored;</li>
 * <li>items reach the sink in the order they were submitted (while a failed batch is searched for
 *     its guilty items, the innocent ones of its first half may commit after its second half, as
 *     they would have when their clients retried);</li>
 * <li>a full queue refuses at once with {@link Full} (the caller answers 503 and its client
 *     retries), so memory stays bounded and no request thread waits for room;</li>
 * <li>a batch that throws is retried in halves until only the items that fail alone fail, each
 *     with what the sink threw; when both halves of a part fail, the part fails whole (that is the
 *     database, not an item, and splitting on would multiply the load on a database that is down);
 *     the writer goes on with the next batch;</li>
 * <li>{@link #close} refuses new items, fails what is still queued with {@link Closed}, and
 *     lets the batch in progress commit and answer; a batch that does not finish within the close
 *     wait is interrupted;</li>
 * <li>a writer that ends in any other way (interrupted by the container, killed by an error outside
 *     the sink) closes the queue the same way and says so in the log: no caller waits on a dead
 *     writer.</li>
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
    /** How long {@link #close} waits for the batch in progress before interrupting it. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    /** The queue was full (or is closed): the caller answers 503 so that its client retries later. */
    public static final class Full extends Exception {
        Full(String name) {
            // thrown under overload, at the rate requests come: one instance, no stack trace to fill
            super("the " + name + " queue is full", null, false, false);
        }
    }

    /** The queue was closed (the portal is stopping) before this item was written. */
    public static final class Closed extends RuntimeException {
        Closed(String name) {
            // every item still queued at shutdown gets it: one instance, no stack trace to fill
            super("the " + name + " queue is closed: the portal is stopping", null, false, false);
        }
    }

    private record Pending<T, R>(T item, int weight, Submission<R> submission) {
    }

    private final String name;
    private final int capacity;
    private final int maxBatch;
    private final long idleMillis;
    private final long closeWaitMillis;
    private final BatchSink<T, R> sink;
    /** Items never outnumber their weight, so the queue holds them all, plus {@link #stop}. */
    private final ArrayBlockingQueue<Pending<T, R>> queue;
    /** The weight the queue may still take: a submit takes its item's, the writer gives it back. */
    private final Semaphore room;
    private final Full full;
    private final Closed closed;
    private final Thread writer;
    /** Put in the queue by {@link #close} to wake the writer without interrupting it. */
    private final Pending<T, R> stop = new Pending<>(null, 0, new Submission<>());
    private volatile boolean open = true;
    /** Set by {@link #close}: the writer ending then is expected, any other end is not. */
    private volatile boolean closing;
    /** The writer's: the item that did not fit in the last batch and starts the next one. */
    private Pending<T, R> carried;

    /**
     * Starts the writer thread at once.
     *
     * @param name       names the thread ({@code polymetric-<name>-writer}) and the refusals
     * @param capacity   weight waiting at most; beyond it {@link #submit} refuses
     * @param maxBatch   weight per transaction at most (an item heavier than that is a batch alone)
     * @param idleMillis quiet time after which the sink hears {@link BatchSink#idle}
     * @param threads    the container's {@code ManagedThreadFactory} (a plain one in tests)
     */
    public GroupCommitQueue(String name, int capacity, int maxBatch, long idleMillis, ThreadFactory threads,
                            BatchSink<T, R> sink) {
        this(name, capacity, maxBatch, idleMillis, CLOSE_WAIT_MILLIS, threads, sink);
    }

    GroupCommitQueue(String name, int capacity, int maxBatch, long idleMillis, long closeWaitMillis,
                     ThreadFactory threads, BatchSink<T, R> sink) {
        if (capacity < 1 || maxBatch < 1 || idleMillis < 1 || closeWaitMillis < 1) {
            throw new IllegalArgumentException("capacity, batch size, idle interval and close wait must be positive");
        }
        this.name = Objects.requireNonNull(name);
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.idleMillis = idleMillis;
        this.closeWaitMillis = closeWaitMillis;
        this.sink = Objects.requireNonNull(sink);
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.room = new Semaphore(capacity);
        this.full = new Full(name);
        this.closed = new Closed(name);
        this.writer = threads.newThread(this::drain);
        writer.setName("polymetric-" + name + "-writer");
        writer.start();
        QueueWatch.opened(this);
    }

    /** {@link #submit(Object, int)} with weight 1. */
    public Submission<R> submit(T item) throws Full {
        return submit(item, 1);
    }

    /**
     * Queues one item of the given weight; its {@link Submission} completes with its result after
     * its batch is committed, or exceptionally with what the sink threw (or {@link Closed}).
     *
     * @throws Full when the queue cannot take that much weight now, or is closed
     * @throws IllegalArgumentException when the weight is below 1 or above the capacity (it would
     *                                  never fit)
     */
    public Submission<R> submit(T item, int weight) throws Full {
        Objects.requireNonNull(item);
        if (weight < 1 || weight > capacity) {
            throw new IllegalArgumentException("the " + name + " queue takes weights from 1 to " + capacity + ", not " + weight);
        }
        if (!open || !room.tryAcquire(weight)) {
            QueueWatch.listener().refused(name);
            throw full;
        }
        Pending<T, R> pending = new Pending<>(item, weight, new Submission<>());
        // always room: the items queued weigh at most the capacity, each at least 1
        queue.add(pending);
        if (!open) {
            // closed between the check and the add: the writer may be gone, so nothing may wait on it
            failQueued();
        }
        return pending.submission();
    }

    /** Items waiting for the writer now (for health checks and tests). */
    public int waiting() {
        return queue.size();
    }

    /** The name given at construction (the writer thread's and the metrics' label). */
    public String name() {
        return name;
    }

    /** The weight that may wait at most. */
    public int capacity() {
        return capacity;
    }

    /** The weight waiting for the writer now (queued, not yet taken into a batch). */
    public int waitingWeight() {
        return capacity - room.availablePermits();
    }

    /**
     * Refuses new items, fails those still queued with {@link Closed}, and waits (up to ten
     * seconds) for the batch in progress to commit and answer. The writer is woken by a marker
     * in the queue, not interrupted, since an interrupt inside a JDBC call may break the
     * connection mid-commit; only a batch that has not finished by then is interrupted, so that no
     * thread of a stopped application lives on.
     */
    @Override
    public void close() {
        closing = true;
        open = false;
        QueueWatch.closed(this);
        failQueued();
        queue.offer(stop);
        try {
            writer.join(closeWaitMillis);
            if (writer.isAlive()) {
                LOG.warning("the " + name + " writer did not finish its batch within " + closeWaitMillis
                        + " ms of the close: interrupting it");
                writer.interrupt();
                writer.join(closeWaitMillis);
                if (writer.isAlive()) {
                    LOG.severe("the " + name + " writer ignored the interrupt and is still running");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failQueued();
    }

    private void failQueued() {
        List<Pending<T, R>> left = new ArrayList<>();
        queue.drainTo(left);
        for (Pending<T, R> p : left) {
            if (p != stop) {
                room.release(p.weight());
                p.submission().fail(closed);
            }
        }
    }

    private void drain() {
        String end = null;
        try {
            end = writeUntilClosed();
        } catch (RuntimeException | Error e) {
            end = "died of " + e;
            LOG.log(Level.SEVERE, "the " + name + " writer died", e);
            throw e;
        } finally {
            // first: from now on submit refuses at once, and nothing queued waits for a writer that is gone
            open = false;
            QueueWatch.closed(this);
            Pending<T, R> last = carried;
            carried = null;
            if (last != null) {
                last.submission().fail(closed);
            }
            failQueued();
            if (!closing) {
                LOG.severe("the " + name + " writer ended without a close (" + end + "): the queue refuses every item from now on");
            }
            quietly(sink::closed, "closed");
        }
    }

    /** The writer's loop; returns how it ended when that was not a close. */
    private String writeUntilClosed() {
        List<Pending<T, R>> batch = new ArrayList<>();
        while (open) {
            Pending<T, R> first = carried;
            carried = null;
            if (first == null) {
                try {
                    first = take(queue.poll(idleMillis, TimeUnit.MILLISECONDS));
                } catch (InterruptedException e) {
                    // the container stops its threads, or close ran out of patience
                    return "interrupted";
                }
            }
            if (first == stop) {
                return null;
            }
            if (first == null) {
                quietly(sink::idle, "idle");
                continue;
            }
            boolean stopping = fill(batch, first);
            // items whose callers gave up are never written: they answered "not stored"
            batch.removeIf(p -> !p.submission().claim());
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
            if (stopping) {
                return null;
            }
        }
        return null;
    }

    /** Fills the batch from {@code first} up to {@link #maxBatch} in weight; true when the stop marker came. */
    private boolean fill(List<Pending<T, R>> batch, Pending<T, R> first) {
        batch.add(first);
        int weight = first.weight();
        Pending<T, R> next;
        while (weight < maxBatch && (next = take(queue.poll())) != null) {
            if (next == stop) {
                return true;
            }
            if (weight + next.weight() > maxBatch) {
                carried = next;
                break;
            }
            batch.add(next);
            weight += next.weight();
        }
        return false;
    }

    /** An item leaves the queue: its weight makes room again. */
    private Pending<T, R> take(Pending<T, R> p) {
        if (p != null && p != stop) {
            room.release(p.weight());
        }
        return p;
    }

    /** Writes a batch; when it fails, searches it in halves so that only what fails alone fails. */
    private void write(List<Pending<T, R>> batch) {
        Throwable failure = attempt(batch);
        if (failure == null) {
            return;
        }
        // one line a batch: while the database is down every batch fails, and the trace says nothing new
        LOG.warning("the " + name + " writer: a batch of " + batch.size() + " failed: " + failure
                + (batch.size() > 1 && open ? "; retrying it in halves" : ""));
        LOG.log(Level.FINE, "the " + name + " writer: the failed batch's exception", failure);
        isolate(batch, failure);
    }

    /** {@code part} failed with {@code failure}: fails the items that fail alone, commits the others. */
    private void isolate(List<Pending<T, R>> part, Throwable failure) {
        if (part.size() == 1 || !open) {
            fail(part, failure);
            return;
        }
        int half = part.size() / 2;
        List<Pending<T, R>> left = part.subList(0, half);
        List<Pending<T, R>> right = part.subList(half, part.size());
        Throwable leftFailure = attempt(left);
        Throwable rightFailure = attempt(right);
        if (leftFailure != null && rightFailure != null) {
            LOG.warning("the " + name + " writer: both halves of " + part.size() + " items failed: they fail together");
            fail(left, leftFailure);
            fail(right, rightFailure);
            return;
        }
        if (leftFailure != null) {
            isolate(left, leftFailure);
        }
        if (rightFailure != null) {
            isolate(right, rightFailure);
        }
    }

    private static <T, R> void fail(List<Pending<T, R>> part, Throwable failure) {
        part.forEach(p -> p.submission().fail(failure));
    }

    /**
     * Hands {@code part} to the sink and answers its items when it committed. Returns what the sink
     * threw (nothing committed, worth a retry), or null when it returned (committed; a wrong count
     * of results then fails the items, since writing them again would store them twice).
     */
    private Throwable attempt(List<Pending<T, R>> part) {
        List<R> results;
        long started = System.nanoTime();
        try {
            // a list of its own: a sink may keep what it is given
            List<T> items = new ArrayList<>(part.size());
            part.forEach(p -> items.add(p.item()));
            results = sink.write(items);
        } catch (Exception | Error e) {
            // an Error too: a writer that died would leave every later caller waiting for nothing
            return e;
        }
        committed(part, System.nanoTime() - started);
        try {
            if (results == null || results.size() != part.size()) {
                throw new IllegalStateException("the " + name + " sink answered " + (results == null ? "nothing" : results.size()
                        + " results") + " for " + part.size() + " items");
            }
            for (int i = 0; i < part.size(); i++) {
                part.get(i).submission().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            LOG.warning("the " + name + " writer: a committed batch of " + part.size() + " has no answers: " + e);
            part.forEach(p -> p.submission().fail(e));
        }
        return null;
    }

    /** Tells the metrics of a committed part; a listener that throws must not fail the items it committed. */
    private void committed(List<Pending<T, R>> part, long nanos) {
        int weight = 0;
        for (Pending<T, R> p : part) {
            weight += p.weight();
        }
        int w = weight;
        quietly(() -> QueueWatch.listener().committed(name, part.size(), w, nanos), "committed");
    }

    private void quietly(Runnable hook, String what) {
        try {
            hook.run();
        } catch (Exception | Error e) {
            // like a batch: a hook that throws must not end the writer, or every later caller would wait for nothing
            LOG.log(Level.WARNING, "the " + name + " sink failed on " + what, e);
        }
    }
}
