package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCheckTest {

    @Test
    void aCheckThatHangsReadsNoWithinTheWaitAndStartsNoSecondRunUntilItEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        try (BoundedCheck check = new BoundedCheck(() -> {
            runs.incrementAndGet();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }, 2_000, 1_000, Executors.defaultThreadFactory())) {
            long started = System.nanoTime();
            assertFalse(check.answer(), "a hung check is no");
            long firstMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(firstMs >= 1_900 && firstMs < 10_000, "the first caller waited the wait: " + firstMs + " ms");
            for (int i = 0; i < 3; i++) {
                started = System.nanoTime();
                assertFalse(check.answer(), "still no");
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertTrue(ms < 1_000, "answered in " + ms + " ms: the last answer was no, nothing to wait for");
            }
            assertEquals(1, runs.get(), "callers wait for the run in flight instead of starting more");
            release.countDown();
            long deadline = System.currentTimeMillis() + 5_000;
            boolean yes = false;
            while (!yes && System.currentTimeMillis() < deadline) {
                yes = check.answer();
            }
            assertTrue(yes, "the check's result once it ends");
        }
    }

    @Test
    void aFreshResultIsAnsweredWithoutRunningTheCheckAgain() {
        AtomicInteger runs = new AtomicInteger();
        try (BoundedCheck check = new BoundedCheck(() -> runs.incrementAndGet() > 0, 1_000, 60_000,
                Executors.defaultThreadFactory())) {
            assertTrue(check.answer());
            assertTrue(check.answer());
            assertEquals(1, runs.get());
        }
    }

    @Test
    void aStaleResultIsCheckedAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (BoundedCheck check = new BoundedCheck(() -> runs.incrementAndGet() == 1, 1_000, 1,
                Executors.defaultThreadFactory())) {
            assertTrue(check.answer());
            Thread.sleep(5);
            assertFalse(check.answer(), "the second run's answer, not the first's");
            assertEquals(2, runs.get());
        }
    }

    @Test
    void saidNoFollowsTheLastAnswerWithoutRunningTheCheck() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (BoundedCheck check = new BoundedCheck(() -> {
            int run = runs.incrementAndGet();
            try {
                return run != 1 || release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }, 100, 1, Executors.defaultThreadFactory())) {
            assertFalse(check.saidNo(), "nothing was answered yet");
            assertEquals(0, runs.get(), "and nothing was run to tell");
            assertFalse(check.answer(), "the first run hangs: no");
            assertTrue(check.saidNo(), "a run that did not end in time said no");
            assertEquals(1, runs.get());
            release.countDown();
            long deadline = System.currentTimeMillis() + 5_000;
            while (check.saidNo() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertFalse(check.saidNo(), "the run's own yes, once it ends, without anyone asking");
            assertTrue(check.answer());
            assertFalse(check.saidNo());
        }
    }

    @Test
    void afterANoACallerStartsTheNextRunWithoutWaitingAndItsYesReachesTheNextCaller() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (BoundedCheck check = new BoundedCheck(() -> runs.incrementAndGet() > 1, 10_000, 1,
                Executors.defaultThreadFactory())) {
            assertFalse(check.answer(), "the first run says no");
            Thread.sleep(5);
            assertFalse(check.answer(), "the last answer was no: no at once, while the next run starts");
            long deadline = System.currentTimeMillis() + 5_000;
            while (check.saidNo() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2, runs.get(), "that caller started the second run");
            assertFalse(check.saidNo(), "whose yes ends the refusals without anyone waiting for it");
        }
    }
}
