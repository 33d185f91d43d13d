package org.polymetric.kernel.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A yes-or-no check that may hang (a probe of a database that keeps its connections and answers
 * nothing: a stopped server, a network partition), asked by callers that must answer in bounded
 * time. The check runs on a thread of its own, one run at a time: a caller waits for the run in
 * flight (or starts one) at most {@code wait}, and reads "no" when it has not finished; a result
 * younger than {@code fresh} is answered at once, and so is "no" while the last answer was no: such
 * a caller starts a run if none is in flight and does not wait for it (during an outage no caller
 * waits; when it ends, the run's own yes is the news, one caller late). A run that hangs holds only
 * that one thread, never a caller's, and the first caller after it ends starts the next.
 *
 * <p>{@link #saidNo()} tells, without waiting or running anything, whether the last answer given
 * was no (until an answer or a run says yes), so that callers who must not pay for a check while
 * everything is well can ask it only while it is not.
 */
final class BoundedCheck implements AutoCloseable {
    private final BooleanSupplier check;
    private final long waitNanos;
    private final long freshNanos;
    private final ExecutorService runner;
    // guarded by this
    private CompletableFuture<Boolean> running;
    private volatile Result last;
    private volatile boolean saidNo;

    private record Result(boolean yes, long atNanos) {
    }

    BoundedCheck(BooleanSupplier check, long waitMillis, long freshMillis, ThreadFactory threads) {
        this.check = check;
        this.waitNanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
        this.freshNanos = TimeUnit.MILLISECONDS.toNanos(freshMillis);
        this.runner = Executors.newSingleThreadExecutor(threads);
    }

    /** The check's answer: the last one if fresh, else the current run's if it ends in time, else no. */
    boolean answer() {
        return fetch();
    }

    /** Whether the last answer was no: the check said so, or did not end within the wait. Never waits. */
    boolean saidNo() {
        return saidNo;
    }

    private boolean fetch() {
        // saidNo is written by a run when it ends, and here only when a caller gives up on one: a
        // caller that merely repeats the last no must not write it, or it could overwrite the yes
        // of the run it has just started, which may already have ended
        Result r = last;
        if (r != null && System.nanoTime() - r.atNanos() < freshNanos) {
            return r.yes();
        }
        boolean wasNo = saidNo;
        CompletableFuture<Boolean> run = run();
        if (wasNo) {
            // the last answer was no: the run just started (or still in flight) says whether that
            // changed, and its own end tells everyone; waiting for it would hold every caller the
            // whole wait during an outage
            return false;
        }
        try {
            return run.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            saidNo = true;
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            saidNo = true;
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> run() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(() -> {
                boolean yes = check.getAsBoolean();
                last = new Result(yes, System.nanoTime());
                saidNo = !yes;
                return yes;
            }, runner);
        }
        return running;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
