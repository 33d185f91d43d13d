package org.polymetric.counters.service;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a task again and again on an executor, a whole period between the end of one run and the
 * start of the next (so a slow run never piles up behind itself). A run that throws, an
 * {@link Error} included, is logged and the schedule goes on: an executor cancels a periodic task
 * for good the first time it throws, and one failed purge or journal run (a database restart) must
 * not end them until the next deploy.
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
        return executor.scheduleWithFixedDelay(new Guarded(what, task), millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One task's runs, never letting a failure out. The first failure in a row is logged with its
     * stack trace, the next ones a line each: a database that is away fails the journal every second,
     * and a trace a second would bury the log. An {@link Error} is logged SEVERE, never quietly.
     */
    private static final class Guarded implements Runnable {
        private final String what;
        private final Runnable task;
        // runs are one after another on the executor (fixed delay), so no two threads touch it at once
        private int failuresInARow;

        Guarded(String what, Runnable task) {
            this.what = what;
            this.task = task;
        }

        @Override
        public void run() {
            try {
                task.run();
            } catch (Throwable e) {
                failed(e);
                return;
            }
            if (failuresInARow > 0) {
                LOG.info("counters: " + what + " works again after " + failuresInARow + " failed runs");
                failuresInARow = 0;
            }
        }

        private void failed(Throwable e) {
            failuresInARow++;
            Level level = e instanceof Error ? Level.SEVERE : Level.WARNING;
            if (failuresInARow == 1) {
                LOG.log(level, "counters: " + what + " failed; the next run tries again", e);
            } else {
                LOG.log(level, "counters: " + what + " failed again (" + failuresInARow + " runs in a row): " + e);
            }
        }
    }
}
