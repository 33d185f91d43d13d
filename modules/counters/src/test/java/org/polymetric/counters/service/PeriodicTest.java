package org.polymetric.counters.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicTest {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void aRunThatThrowsIsLoggedAndTheScheduleGoesOn() throws InterruptedException {
        CountDownLatch runs = new CountDownLatch(3);
        Periodic.every(executor, Duration.ofMillis(10), "failing on purpose", () -> {
            runs.countDown();
            throw new IllegalStateException("the database is away");
        });
        assertTrue(runs.await(5, TimeUnit.SECONDS), "runs after the first failure: " + (3 - runs.getCount()) + " of 3");
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
