package org.polymetric.counters.service;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a task again and again on an executor, a whole period between the end of one run and the
 * start of the next (so a slow run never piles up behind itself). A run that throws is logged and
 * the schedule goes on: an executor cancels a periodic task for good the first time it throws,
 * and one failed purge or journal run (a database restart) must not end them until the next deploy.
 */
final class Periodic {
    private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

    private Periodic() {
    }

    /**
     * Schedules {@code task}, first one period from now.
     *
     * @param what what the task does, for the log ("applying the rollup journal")
     */
    static ScheduledFuture<?> every(ScheduledExecutorService executor, Duration period, String what, Runnable task) {
        long millis = period.toMillis();
        return executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "counters: " + what + " failed; the next run tries again", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }
}
