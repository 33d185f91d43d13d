package org.polymetric.counters.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeriodicTest {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Logger log = Logger.getLogger(Periodic.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        executor.shutdownNow();
        // a run still going when the test ends would log into the next test's handler (the logger
        // is shared): the next test read a WARNING of this one's task as its own first record
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
        log.removeHandler(handler);
    }

    @Test
    void aRunThatThrowsIsLoggedAndTheScheduleGoesOn() throws InterruptedException {
        assertThreeRunsThough(() -> {
            throw new IllegalStateException("the database is away");
        });
        assertEquals(Level.WARNING, logged.get(0).getLevel());
    }

    @Test
    void anErrorIsLoggedSevereAndTheScheduleGoesOn() throws InterruptedException {
        assertThreeRunsThough(() -> {
            throw new AssertionError("not a RuntimeException");
        });
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertTrue(logged.get(0).getThrown() instanceof AssertionError);
    }

    private void assertThreeRunsThough(Runnable failing) throws InterruptedException {
        CountDownLatch runs = new CountDownLatch(3);
        Periodic.every(executor, Duration.ofMillis(10), "failing on purpose", () -> {
            runs.countDown();
            failing.run();
        });
        assertTrue(runs.await(5, TimeUnit.SECONDS), "runs after the first failure: " + (3 - runs.getCount()) + " of 3");
    }

    @Test
    void failuresInARowGiveOneTraceThenALineEachUntilARunWorks() throws InterruptedException {
        AtomicInteger run = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        Periodic.every(executor, Duration.ofMillis(10), "applying the journal", () -> {
            if (run.incrementAndGet() <= 3) {
                throw new IllegalStateException("the database is away");
            }
            recovered.countDown();
        });
        assertTrue(recovered.await(5, TimeUnit.SECONDS));
        executor.shutdown();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));

        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertNotNull(logged.get(0).getThrown(), "the first failure in full");
        for (int i = 1; i <= 2; i++) {
            assertEquals(Level.WARNING, logged.get(i).getLevel());
            assertNull(logged.get(i).getThrown(), "a line, no trace: " + logged.get(i).getMessage());
            assertEquals("counters: applying the journal failed again (" + (i + 1)
                    + " runs in a row): java.lang.IllegalStateException: the database is away", logged.get(i).getMessage());
        }
        assertEquals("counters: applying the journal works again after 3 failed runs", logged.get(3).getMessage());
        assertEquals(4, logged.size(), "nothing more while it works");
    }

    @Test
    void runsAPeriodApartNotBackToBack() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Periodic.every(executor, Duration.ofMillis(200), "counting", runs::incrementAndGet);
        Thread.sleep(500);
        // at 200 and 400 ms; fewer on a busy machine, never a busy loop
        assertTrue(runs.get() <= 3, runs.get() + " runs in 500 ms");
    }

    @Test
    void theFirstRunWaitsAPeriod() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Periodic.every(executor, Duration.ofSeconds(2), "counting", runs::incrementAndGet);
        Thread.sleep(300);
        assertEquals(0, runs.get(), "ran at once");
    }
}
