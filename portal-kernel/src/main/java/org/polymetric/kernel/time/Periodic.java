package org.polymetric.kernel.time;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A module's background task, run a whole period after the end of its previous run (a slow run
 * never piles up behind itself), whose failures never end the schedule: an executor cancels a
 * periodic task for good the first time it throws, and a purge that meets a restarting database
 * must run again next time. The first failure in a row is logged with its trace, the following
 * ones a line each, and the recovery a line.
 */
public final class Periodic implements Runnable {
    private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

    private final String what;
    private final Runnable task;
    // fixed-delay runs never overlap, so one thread at a time reads and writes it
    private int failed;

    private Periodic(String what, Runnable task) {
        this.what = what;
        this.task = task;
    }

    /**
     * Schedules {@code task}, first one period from now.
     *
     * @param what the module and what the task does, for the log ("export: closing buckets")
     */
    public static ScheduledFuture<?> every(ScheduledExecutorService executor, Duration period, String what, Runnable task) {
        long millis = period.toMillis();
        return executor.scheduleWithFixedDelay(new Periodic(what, task), millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        try {
            task.run();
        } catch (Throwable e) {
            failed++;
            Level level = e instanceof Error ? Level.SEVERE : Level.WARNING;
            if (failed == 1) {
                LOG.log(level, what + " failed; the next run tries again", e);
            } else {
                LOG.log(level, what + " failed again (" + failed + " runs in a row): " + e);
            }
            return;
        }
        if (failed > 0) {
            LOG.info(what + " works again after " + failed + " failed runs");
            failed = 0;
        }
    }
}
