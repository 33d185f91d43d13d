package org.polymetric.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTest {
    /** A database that is away fails a purge or a fold run after run; the schedule must outlive it and work when it is back. */
    @Test
    void aTaskThatThrowsKeepsItsScheduleAndRunsAgainAfter() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch recovered = new CountDownLatch(2);
            ScheduledFuture<?> schedule = Periodic.every(executor, Duration.ofMillis(5), "test: failing three times", () -> {
                int run = runs.incrementAndGet();
                if (run == 1) {
                    throw new IllegalStateException("the database does not answer");
                }
                if (run <= 3) {
                    throw new AssertionError("an Error too");
                }
                recovered.countDown();
            });
            assertTrue(recovered.await(10, TimeUnit.SECONDS), "runs after the failures: " + runs.get());
            assertFalse(schedule.isDone(), "the schedule goes on");
            schedule.cancel(false);
            assertTrue(runs.get() >= 5);
        } finally {
            executor.shutdownNow();
        }
        assertEquals(true, executor.awaitTermination(5, TimeUnit.SECONDS));
    }
}
