package org.polymetric.kernel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

        @Override
        public List<String> write(List<String> batch) throws Exception {
            batches.add(List.copyOf(batch));
            if (batch.contains("hold")) {
                entered.release();
                // uninterruptibly, like a commit that has reached the database
                while (true) {
                    try {
                        open.await();
                        break;
                    } catch (InterruptedException e) {
                        // keep holding
                    }
                }
            }
            if (batch.contains("bad")) {
                throw new IllegalStateException("bad batch");
            }
            return answer.apply(batch);
        }

        @Override
        public void idle() {
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

    private GroupCommitQueue<String, String> queue(int capacity, int maxBatch) {
        queue = new GroupCommitQueue<>("test", capacity, maxBatch, 60_000, THREADS, gate);
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
    private CompletableFuture<String> holdWriter() throws Exception {
        CompletableFuture<String> held = queue.submit("hold");
        gate.awaitHeld();
        return held;
    }

    private static String result(CompletableFuture<String> f) throws Exception {
        return f.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletableFuture<String> f) {
        CompletionException e = assertThrows(CompletionException.class,
                () -> f.orTimeout(HANG_GUARD_SECONDS, TimeUnit.SECONDS).join());
        return e.getCause();
    }

    /** The items failed with one and the same IllegalStateException: their batch's. */
    private static void assertFailedTogether(String message, CompletableFuture<String> first, CompletableFuture<String> second) {
        Throwable cause = failure(first);
        assertInstanceOf(IllegalStateException.class, cause);
        assertEquals(message, cause.getMessage());
        assertSame(cause, failure(second));
    }

    @Test
    void everyItemIsAnsweredWithItsOwnResultInSubmissionOrder() throws Exception {
        queue(10_000, 50);
        List<CompletableFuture<String>> done = new ArrayList<>();
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
        CompletableFuture<String> held = holdWriter();
        List<CompletableFuture<String>> done = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            done.add(queue.submit("n" + i));
        }
        assertEquals(25, queue.waiting());
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        for (CompletableFuture<String> f : done) {
            result(f);
        }
        assertEquals(List.of(1, 10, 10, 5), gate.batches.stream().map(List::size).toList());
        assertEquals("n10", gate.batches.get(2).get(0));
    }

    @Test
    void aFullQueueRefusesAtOnceAndTheQueuedItemsStillCommit() throws Exception {
        queue(3, 10);
        CompletableFuture<String> held = holdWriter();
        List<CompletableFuture<String>> queued = List.of(queue.submit("a"), queue.submit("b"), queue.submit("c"));
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
    void aFailedBatchFailsExactlyItsItemsAndTheWriterGoesOn() throws Exception {
        queue(100, 2);
        CompletableFuture<String> held = holdWriter();
        CompletableFuture<String> bad = queue.submit("bad");
        CompletableFuture<String> sameBatch = queue.submit("x");
        CompletableFuture<String> nextBatch = queue.submit("y");
        gate.open.countDown();
        assertEquals("HOLD", result(held));
        assertFailedTogether("bad batch", bad, sameBatch);
        assertEquals("Y", result(nextBatch));
        assertEquals(List.of(List.of("hold"), List.of("bad", "x"), List.of("y")), gate.batches);
    }

    @Test
    void aSinkThatAnswersTheWrongNumberOfResultsFailsItsBatch() throws Exception {
        queue(100, 10);
        gate.answer = batch -> List.of("only one");
        CompletableFuture<String> held = holdWriter();
        CompletableFuture<String> second = queue.submit("a");
        CompletableFuture<String> third = queue.submit("b");
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
    void closingFailsWhatIsQueuedLetsTheBatchInProgressCommitAndRefusesNewItems() throws Exception {
        queue(100, 10);
        CompletableFuture<String> held = holdWriter();
        CompletableFuture<String> queuedA = queue.submit("a");
        CompletableFuture<String> queuedB = queue.submit("b");
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
    }
}
