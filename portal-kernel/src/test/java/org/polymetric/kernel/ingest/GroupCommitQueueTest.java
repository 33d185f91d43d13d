package org.polymetric.kernel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The queue with a plain thread factory and a sink that records its batches. A {@link Gate} holds
 * the writer inside a batch, so what queues up meanwhile is known exactly: no test waits for time.
 */
class GroupCommitQueueTest {
    /** Bounds only the waits that would otherwise hang a broken build; nothing asserts speed. */
    private static final long HANG_GUARD_SECONDS = 30;
    private static final ThreadFactory THREADS = Thread::new;

    /** Records each batch; while closed, holds the writer inside the batch that holds the item "hold". */
    static final class Gate implements BatchSink<String, String> {
        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final Semaphore entered = new Semaphore(0);
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch idled = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);
        Function<List<String>, List<String>> answer = batch -> batch.stream().map(String::toUpperCase).toList();
        volatile boolean down;
        volatile Error idleError;

        @Override
        public List<String> write(List<String> batch) throws Exception {
            batches.add(List.copyOf(batch));
            if (batch.contains("hold")) {
                entered.release();
                // uninterruptibly, like a commit that has reached the database, keeping the interrupt for later
                boolean interrupted = false;
                while (true) {
                    try {
                        open.await();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (batch.contains("bad")) {
                throw new IllegalStateException("bad batch");
            }
            if (down && !batch.contains("hold")) {
                throw new IllegalStateException("database down");
            }
            return answer.apply(batch);
        }

        @Override
        public void idle() {
            Error e = idleError;
            if (e != null) {
                idleError = null;
                throw e;
            }
            idled.countDown();
        }

        @Override
        public void closed() {
            closed.countDown();
        }

        void awaitHeld() throws InterruptedException {
            assertTrue(entered.tryAcquire(HANG_GUARD_SECONDS, TimeUnit.SECONDS), "the writer never took the held batch");
        }
    }

    private final Gate gate = new Gate();
    private GroupCommitQueue<String, String> queue;

    private final List<Thread> writers = Collections.synchronizedList(new ArrayList<>());
    private final ThreadFactory recorded = r -> {
        Thread t = new Thread(r);
        writers.add(t);
        return t;
    };

    private GroupCommitQueue<String, String> queue(int capacity, int maxBatch) {
        queue = new GroupCommitQueue<>("test", capacity, maxBatch, 60_000, recorded, gate);
        return queue;
    }

    @AfterEach
    void close() {
        gate.open.countDown();
        if (queue != null) {
            queue.close();
        }
    }

    /** Submits "hold" and returns once the writer is inside its batch: what is submitted next queues up. */
    private Submission<String> holdWriter() throws Exception {
        Submission<String> held = queue.submit("hold");
        gate.awaitHeld();
        return held;
    }

    /** Submits "n0", "n1", ... */
    private List<Submission<String>> submitNumbered(int count) throws GroupCommitQueue.Full {
        List<Submission<String>> submitted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            submitted.add(queue.submit("n" + i));
        }
        return submitted;
    }

    private static String result(Submission<String> s) throws Exception {
        return s.await(Duration.ofSeconds(HANG_GUARD_SECONDS));
    }

    private static Throwable failure(Submission<String> s) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> s.await(Duration.ofSeconds(HANG_GUARD_SECONDS)));
        return e.getCause();
    }

    /** The items failed with one and the same IllegalStateException: their batch's. */
    private static void assertFailedTogether(String message, Submission<String> first, Submission<String> second) {
        Throwable cause = failure(first);
        assertInstanceOf(IllegalStateException.class, cause);
        assertEquals(message, cause.getMessage());
        assertSame(cause, failure(second));
    }

    @Test
    void everyItemIsAnsweredWithItsOwnResultInSubmissionOrder() throws Exception {
        queue(10_000, 50);
        List<Submission<String>> done = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            done.add(queue.submit("item-" + i));
        }
        for (int i = 0; i < 2_000; i++) {
            assertEquals("ITEM-" + i, result(done.get(i)));
        }
        List<String> written = gate.batches.stream().flatMap(List::stream).toList();
        assertEquals(2_000, written.size());
        for (int i = 0; i < 2_000; i++) {
            assertEquals("item-" + i, written.get(i));
        }
        assertTrue(gate.batches.stream().allMatch(b -> b.size() <= 50));
    }

    @Test
    void whatQueuesUpDuringACommitGoesInTheNextBatchesUpToTheMaximum() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        List<Submission<String>> done = submitNumbered(25);
        assertEquals(25, queue.waiting());
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        for (Submission<String> f : done) {
            result(f);
        }
        assertEquals(List.of(1, 10, 10, 5), gate.batches.stream().map(List::size).toList());
        assertEquals("n10", gate.batches.get(2).get(0));
    }

    @Test
    void aFullQueueRefusesAtOnceAndTheQueuedItemsStillCommit() throws Exception {
        queue(3, 10);
        Submission<String> held = holdWriter();
        List<Submission<String>> queued = List.of(queue.submit("a"), queue.submit("b"), queue.submit("c"));
        GroupCommitQueue.Full full = assertThrows(GroupCommitQueue.Full.class, () -> queue.submit("d"));
        assertEquals("the test queue is full", full.getMessage());
        assertEquals(3, queue.waiting());
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        assertEquals(List.of("A", "B", "C"), List.of(result(queued.get(0)), result(queued.get(1)), result(queued.get(2))));
        assertEquals("E", result(queue.submit("e")));
        assertTrue(gate.batches.stream().noneMatch(b -> b.contains("d")));
    }

    @Test
    void aFailedBatchIsRetriedInHalvesSoThatOnlyItsGuiltyItemFails() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        List<Submission<String>> before = List.of(queue.submit("a"), queue.submit("b"), queue.submit("c"));
        Submission<String> bad = queue.submit("bad");
        List<Submission<String>> after = List.of(queue.submit("d"), queue.submit("e"));
        Submission<String> last = queue.submit("f");
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        Throwable cause = failure(bad);
        assertInstanceOf(IllegalStateException.class, cause);
        assertEquals("bad batch", cause.getMessage());
        assertEquals(List.of("A", "B", "C"), List.of(result(before.get(0)), result(before.get(1)), result(before.get(2))));
        assertEquals(List.of("D", "E", "F"), List.of(result(after.get(0)), result(after.get(1)), result(last)));
        List<String> committed = gate.batches.stream().filter(b -> !b.contains("bad")).flatMap(List::stream).toList();
        assertEquals(Set.of("hold", "a", "b", "c", "d", "e", "f"), Set.copyOf(committed));
        assertEquals(7, committed.size(), "an innocent item was committed twice");
        assertEquals(List.of("bad"), gate.batches.stream().filter(b -> b.contains("bad")).reduce((x, y) -> y).orElseThrow());
    }

    @Test
    void aBatchWhoseHalvesBothFailFailsWholeWithoutSplittingFurther() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        List<Submission<String>> queued = submitNumbered(8);
        gate.down = true;
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        for (Submission<String> s : queued) {
            assertEquals("database down", failure(s).getMessage());
        }
        // the batch, then each half once: a database that is down is not asked 2n times
        assertEquals(List.of(8, 4, 4), gate.batches.subList(1, gate.batches.size()).stream().map(List::size).toList());
    }

    @Test
    void aSinkThatAnswersTheWrongNumberOfResultsFailsItsBatch() throws Exception {
        queue(100, 10);
        gate.answer = batch -> List.of("only one");
        Submission<String> held = holdWriter();
        Submission<String> second = queue.submit("a");
        Submission<String> third = queue.submit("b");
        gate.open.countDown();
        assertEquals("only one", result(held));
        assertFailedTogether("the test sink answered 1 results for 2 items", second, third);
    }

    @Test
    void anErrorInTheSinkFailsItsBatchWithoutKillingTheWriter() throws Exception {
        queue(100, 10);
        AtomicInteger calls = new AtomicInteger();
        gate.answer = batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("deep");
            }
            return batch;
        };
        assertInstanceOf(StackOverflowError.class, failure(queue.submit("first")));
        assertEquals("second", result(queue.submit("second")));
    }

    @Test
    void anErrorFromTheIdleHookDoesNotEndTheWriter() throws Exception {
        gate.idleError = new AssertionError("idle hook broke");
        queue = new GroupCommitQueue<>("test", 10, 10, 1, recorded, gate);
        assertTrue(gate.idled.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS), "the writer stopped calling idle after an Error");
        assertEquals("A", result(queue.submit("a")));
        assertTrue(writers.get(0).isAlive());
    }

    @Test
    void aWriterEndedByAnInterruptClosesTheQueueFailsWhatIsQueuedAndRefusesAtOnce() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        Submission<String> queuedA = queue.submit("a");
        Submission<String> queuedB = queue.submit("b");
        writers.get(0).interrupt();
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        assertInstanceOf(GroupCommitQueue.Closed.class, failure(queuedA));
        assertInstanceOf(GroupCommitQueue.Closed.class, failure(queuedB));
        writers.get(0).join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        assertFalse(writers.get(0).isAlive());
        assertThrows(GroupCommitQueue.Full.class, () -> queue.submit("late"));
        assertTrue(gate.closed.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS), "the sink never heard that the writer ended");
        assertEquals(List.of(List.of("hold")), gate.batches);
    }

    @Test
    void closeInterruptsABatchThatOutlastsItsWaitAndTheWriterEnds() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        BatchSink<String, String> stuck = batch -> {
            entered.countDown();
            // interruptibly, like a JDBC call waiting on a socket
            never.await();
            return batch;
        };
        queue = new GroupCommitQueue<>("test", 10, 10, 60_000, 50, recorded, stuck);
        Submission<String> item = queue.submit("a");
        assertTrue(entered.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        queue.close();
        assertFalse(writers.get(0).isAlive(), "the writer outlived the close");
        assertInstanceOf(InterruptedException.class, failure(item));
    }

    @Test
    void anItemAbandonedBeforeTheWriterTookItIsNeverWritten() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        Submission<String> timedOut = queue.submit("late");
        Submission<String> given = queue.submit("given");
        Submission<String> kept = queue.submit("kept");
        // the writer is held, so it cannot take "late" within the wait: no timing involved
        assertThrows(TimeoutException.class, () -> timedOut.await(Duration.ofMillis(1)));
        assertTrue(given.abandon());
        assertFalse(given.abandon());
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        assertEquals("KEPT", result(kept));
        assertThrows(CancellationException.class, () -> given.await(Duration.ofSeconds(HANG_GUARD_SECONDS)));
        assertEquals(List.of(List.of("hold"), List.of("kept")), gate.batches);
    }

    @Test
    void anItemTheWriterTookCannotBeAbandonedAndItsCallerWaitsForTheCommit() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        assertFalse(held.abandon());
        AtomicReference<Object> answer = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                answer.set(held.await(Duration.ofMillis(1)));
            } catch (Exception e) {
                answer.set(e);
            }
        });
        caller.start();
        // WAITING (not TIMED_WAITING): its wait ran out and it now waits for the batch it cannot give up
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (caller.getState() != Thread.State.WAITING && System.nanoTime() < guard) {
            Thread.onSpinWait();
        }
        assertEquals(Thread.State.WAITING, caller.getState());
        gate.open.countDown();
        caller.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        assertEquals("HOLD", answer.get());
    }

    @Test
    void weightsBoundTheQueueAndTheBatches() throws Exception {
        queue(10, 5);
        Submission<String> held = holdWriter();
        List<Submission<String>> queued = List.of(queue.submit("a", 3), queue.submit("b", 2), queue.submit("c", 4),
                queue.submit("d", 1));
        assertThrows(GroupCommitQueue.Full.class, () -> queue.submit("e"));
        assertThrows(IllegalArgumentException.class, () -> queue.submit("huge", 11));
        assertThrows(IllegalArgumentException.class, () -> queue.submit("nothing", 0));
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        for (Submission<String> s : queued) {
            result(s);
        }
        assertEquals(List.of(List.of("hold"), List.of("a", "b"), List.of("c", "d")), gate.batches);
        assertEquals("E", result(queue.submit("e", 10)));
    }

    @Test
    void closingFailsWhatIsQueuedLetsTheBatchInProgressCommitAndRefusesNewItems() throws Exception {
        queue(100, 10);
        Submission<String> held = holdWriter();
        Submission<String> queuedA = queue.submit("a");
        Submission<String> queuedB = queue.submit("b");
        Thread closer = new Thread(queue::close);
        closer.start();
        Throwable cause = failure(queuedA);
        assertInstanceOf(GroupCommitQueue.Closed.class, cause);
        assertEquals("the test queue is closed: the portal is stopping", cause.getMessage());
        assertInstanceOf(GroupCommitQueue.Closed.class, failure(queuedB));
        assertThrows(GroupCommitQueue.Full.class, () -> queue.submit("late"));
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        closer.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        assertTrue(gate.closed.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS), "the sink never heard that the writer ended");
        assertEquals(List.of(List.of("hold")), gate.batches);
    }

    @Test
    void aQuietQueueTellsTheSinkItIsIdle() throws Exception {
        queue = new GroupCommitQueue<>("test", 10, 10, 1, THREADS, gate);
        assertTrue(gate.idled.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS), "the sink never heard it was idle");
        assertEquals("A", result(queue.submit("a")));
    }

    @Test
    void theWriterThreadIsNamedAfterTheQueueAndComesFromTheGivenFactory() throws Exception {
        List<Thread> made = new ArrayList<>();
        queue = new GroupCommitQueue<>("beacons", 10, 10, 60_000, r -> {
            Thread t = new Thread(r);
            made.add(t);
            return t;
        }, gate);
        assertEquals(1, made.size());
        assertEquals("polymetric-beacons-writer", made.get(0).getName());
        assertEquals("A", result(queue.submit("a")));
        assertEquals(1, made.size());
    }

    @Test
    void nonsensicalBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCommitQueue<>("x", 0, 1, 1, THREADS, gate));
        assertThrows(IllegalArgumentException.class, () -> new GroupCommitQueue<>("x", 1, 0, 1, THREADS, gate));
        assertThrows(IllegalArgumentException.class, () -> new GroupCommitQueue<>("x", 1, 1, 0, THREADS, gate));
    }
}
