package org.polymetric.kernel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a group-commit queue tells the metrics: open, each commit (requests, weight, time), refusals, close. */
class QueueWatchTest {
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());
    private final QueueWatch.Listener listener = new QueueWatch.Listener() {
        @Override
        public void opened(GroupCommitQueue<?, ?> queue) {
            heard.add("opened " + queue.name() + " " + queue.capacity());
        }

        @Override
        public void committed(String queue, int requests, int weight, long nanos) {
            heard.add("committed " + queue + " " + requests + " " + weight + (nanos > 0 ? " timed" : " untimed"));
        }

        @Override
        public void refused(String queue) {
            heard.add("refused " + queue);
        }

        @Override
        public void closed(GroupCommitQueue<?, ?> queue) {
            heard.add("closed " + queue.name());
        }
    };

    @AfterEach
    void quiet() {
        QueueWatch.stopListening(listener);
    }

    @Test
    void theListenerHearsWhatTheQueueDoes() throws Exception {
        QueueWatch.listen(listener);
        CountDownLatch gate = new CountDownLatch(1);
        BatchSink<String, String> sink = batch -> {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return batch;
        };
        GroupCommitQueue<String, String> queue = new GroupCommitQueue<>("watched", 5, 5, 60_000, Thread::new, sink);
        Submission<String> first = queue.submit("a", 2);
        // the writer holds "a" at the gate; what follows waits in the queue
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (queue.waitingWeight() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Submission<String> second = queue.submit("b", 3);
        assertEquals(3, queue.waitingWeight());
        assertThrows(GroupCommitQueue.Full.class, () -> queue.submit("c", 3));
        gate.countDown();
        assertEquals("a", first.await(Duration.ofSeconds(10)));
        assertEquals("b", second.await(Duration.ofSeconds(10)));
        assertEquals(0, queue.waitingWeight());
        queue.close();
        assertEquals(List.of("opened watched 5", "refused watched", "committed watched 1 2 timed",
                "committed watched 1 3 timed", "closed watched"),
                // queues other tests left open are announced too
                heard.stream().filter(h -> h.contains("watched")).toList());
    }

    @Test
    void aLateListenerHearsOfQueuesAlreadyOpen() {
        GroupCommitQueue<String, String> queue = new GroupCommitQueue<>("early", 3, 3, 60_000, Thread::new, batch -> batch);
        try {
            QueueWatch.listen(listener);
            assertTrue(heard.contains("opened early 3"), heard.toString());
        } finally {
            queue.close();
        }
        assertTrue(heard.contains("closed early"), heard.toString());
    }
}
