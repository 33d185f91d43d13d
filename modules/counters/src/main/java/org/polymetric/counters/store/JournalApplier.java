package org.polymetric.counters.store;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the {@link RollupJournal} every second, so that hours and days follow the writes
 * closely even when nobody reads them (a read applies what is pending itself). Each second's
 * writes are folded together: the longer the pause, the fewer upserts, and a second keeps the
 * journal small while an agent's writes of one series still land in one hour row.
 */
@ApplicationScoped
public class JournalApplier {
    private static final Logger LOG = Logger.getLogger(JournalApplier.class.getName());
    private static final long EVERY_MILLIS = 1_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    RollupJournal journal;

    private final Repeater repeater = new Repeater("polymetric-counters-journal", this::applyLogged);

    /** Starts the schedule once; {@link ScheduleStart} calls it when the web application runs, writes again. */
    public void start() {
        repeater.start(threads, EVERY_MILLIS);
    }

    @PreDestroy
    void stop() {
        repeater.stop();
    }

    private void applyLogged() {
        try {
            journal.settle();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "counters: applying the rollup journal failed; the next run tries again", e);
        }
    }
}
