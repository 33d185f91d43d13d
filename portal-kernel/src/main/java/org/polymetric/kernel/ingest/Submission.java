package org.polymetric.kernel.ingest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One item handed to a {@link GroupCommitQueue}, as its submitter holds it. The item is either
 * taken by the writer (claimed: it goes into a batch and its result comes after that batch's
 * commit) or given up by the submitter (abandoned: it is never written), never both. This is what
 * makes a timeout exact: a caller that answered "try again" has not had its item stored anyway,
 * so a client's retry cannot count it twice.
 *
 * @param <R> what the submitter learns once the item is committed
 */
public final class Submission<R> {
    private static final int QUEUED = 0;
    private static final int CLAIMED = 1;
    private static final int ABANDONED = 2;

    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final CompletableFuture<R> done = new CompletableFuture<>();

    Submission() {
    }

    /**
     * Waits up to {@code wait} for the item's commit. If the writer has not taken the item by then,
     * it is abandoned and never written ({@link TimeoutException}). If the writer has taken it, the
     * item's batch is under way and its outcome is the answer: this waits on for it, however long the
     * batch takes (a batch holds at most the queue's largest batch; a sink that never returns holds
     * its callers until the queue is closed, which interrupts the writer).
     *
     * @return the item's result, after its batch committed
     * @throws TimeoutException     the writer had not taken the item in time: it was abandoned
     * @throws ExecutionException   its batch failed (the cause is what the sink threw), or the queue
     *                              was closed before it was written ({@link GroupCommitQueue.Closed})
     * @throws InterruptedException the caller was interrupted before the writer took the item: it
     *                              was abandoned. An interrupt after that is kept for later and the
     *                              wait goes on, so that no answer contradicts a commit.
     */
    public R await(Duration wait) throws TimeoutException, ExecutionException, InterruptedException {
        try {
            return done.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (abandon()) {
                throw e;
            }
            return committed();
        } catch (InterruptedException e) {
            if (abandon()) {
                throw e;
            }
            try {
                return committed();
            } finally {
                Thread.currentThread().interrupt();
            }
        }
    }

    private R committed() throws ExecutionException {
        try {
            return done.join();
        } catch (CompletionException e) {
            throw new ExecutionException(e.getCause());
        }
    }

    /**
     * Gives the item up if the writer has not taken it yet. True: it will never be written, and
     * {@link #done()} is cancelled. False: the writer took it first (or it was already answered);
     * its outcome is coming.
     */
    public boolean abandon() {
        if (!state.compareAndSet(QUEUED, ABANDONED)) {
            return false;
        }
        done.cancel(false);
        return true;
    }

    /** Completes with the item's result after its commit, or exceptionally as {@link #await} throws. */
    public CompletionStage<R> done() {
        return done.minimalCompletionStage();
    }

    /** The writer takes the item for a batch; false when its submitter abandoned it first. */
    boolean claim() {
        return state.compareAndSet(QUEUED, CLAIMED);
    }

    void complete(R result) {
        done.complete(result);
    }

    void fail(Throwable failure) {
        done.completeExceptionally(failure);
    }
}
