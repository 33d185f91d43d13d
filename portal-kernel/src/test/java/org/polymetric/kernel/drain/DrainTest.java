package org.polymetric.kernel.drain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The drain's count of requests taken, and its wait, without a server. */
class DrainTest {
    @Test
    void takesRequestsUntilItBegins() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.admit());
        drain.done();
        assertFalse(drain.draining());
        assertEquals(0, drain.begin(Duration.ofSeconds(5)), "nothing in flight: nothing left");
        assertTrue(drain.draining());
        assertFalse(drain.admit(), "no request is taken once stopping");
        assertEquals(0, drain.inFlight(), "a refused request is not counted");
    }

    @Test
    void waitsForTheRequestsItTook() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.admit());
        assertTrue(drain.admit());
        CountDownLatch begun = new CountDownLatch(1);
        CompletableFuture<Integer> left = CompletableFuture.supplyAsync(() -> {
            begun.countDown();
            try {
                return drain.begin(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(begun.await(1, TimeUnit.MINUTES));
        while (!drain.draining()) {
            Thread.onSpinWait();
        }
        assertFalse(left.isDone(), "two requests still in flight");
        drain.done();
        drain.done();
        assertEquals(0, left.get(1, TimeUnit.MINUTES));
    }

    @Test
    void saysHowManyWereLeftWhenTheBoundPassed() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.admit());
        assertEquals(1, drain.begin(Duration.ZERO));
    }

    @Test
    void inItsGraceItIsNotReadyButStillTakesRequests() throws Exception {
        Drain drain = new Drain();
        DrainReadiness readiness = new DrainReadiness();
        readiness.drain = drain;
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
        CountDownLatch leaving = new CountDownLatch(1);
        CompletableFuture<Void> grace = CompletableFuture.runAsync(() -> {
            try {
                leaving.countDown();
                drain.leave(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        leaving.await();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!drain.stopping() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus(),
                "a load balancer sees it leave");
        assertFalse(grace.isDone(), "the grace lasts");
        assertTrue(drain.admit(), "and requests are still served meanwhile");
        drain.done();
        assertFalse(drain.draining());
        grace.cancel(true);
    }
}
