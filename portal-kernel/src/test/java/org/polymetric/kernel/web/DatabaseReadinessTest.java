package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    @Test
    void aDatabaseThatCannotBeReachedReadsAsDownWithoutItsErrorText() {
        // outside the server the datasource's JNDI name does not resolve: the lookup fails as a
        // down database would, and its message must not reach the open probe
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.start(Executors.defaultThreadFactory());
        try {
            HealthCheckResponse r = readiness.call();
            assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
            assertTrue(r.getData().isEmpty() || r.getData().get().isEmpty(), () -> "data: " + r.getData());
        } finally {
            readiness.stop();
        }
    }

    @Test
    void requestsSeeTheDatabaseAwayOnlyOnceTheProbeHasSaidDown() {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.start(Executors.defaultThreadFactory());
        try {
            assertFalse(readiness.seenAway(), "nothing checked yet: requests go to the database");
            assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
            assertTrue(readiness.seenAway(), "after a DOWN, and while a check still says so");
        } finally {
            readiness.stop();
        }
    }

    @Test
    void aRequestThatMetTheOutageMakesTheNextOnesAskWithoutAProbe() {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.start(Executors.defaultThreadFactory());
        try {
            assertFalse(readiness.seenAway(), "nothing checked, nothing suspected: requests go to the database");
            readiness.suspect();
            assertTrue(readiness.seenAway(), "a request answered 503 for the database: the next ones ask the check, which says DOWN");
            assertTrue(readiness.seenAway(), "and keep asking while it does");
        } finally {
            readiness.stop();
        }
    }

    @Test
    void theWatchSeesTheDatabaseAwayWithoutARequestOrAProbe() throws InterruptedException {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.start(Executors.defaultThreadFactory());
        try {
            assertFalse(readiness.seenAway(), "nothing checked yet");
            readiness.watch();
            readiness.watch();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!readiness.seenAway() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(readiness.seenAway(), "the watch's own look said DOWN: requests see it without asking anything");
        } finally {
            readiness.stop();
        }
    }
}
