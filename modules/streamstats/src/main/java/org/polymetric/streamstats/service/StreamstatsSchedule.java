package org.polymetric.streamstats.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.time.Periodic;
import org.polymetric.streamstats.StreamstatsSettings;
import org.polymetric.streamstats.store.DayFold;
import org.polymetric.streamstats.store.Retention;
import org.polymetric.streamstats.store.RollupJournal;

/**
 * The module's background work on the container's scheduled executor: the rollup journal folded
 * into the rollups {@value #JOURNAL_DELAY_MS} ms after each fold that left it empty, beside the
 * batch writer ({@link RollupJournal}; always on), hour rows folded into day rows every {@code POLYMETRIC_STREAMSTATS_FOLD_SECONDS} ({@link DayFold}), rows past their
 * retention purged every {@code POLYMETRIC_STREAMSTATS_PURGE_SECONDS} (never when 0). Started once, by
 * {@code web.StreamstatsScheduleStart} when the web application runs; cancelled when it stops.
 */
@ApplicationScoped
public class StreamstatsSchedule {
    private static final Logger LOG = Logger.getLogger(StreamstatsSchedule.class.getName());
    static final long JOURNAL_DELAY_MS = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PortalSettings settings;

    @Inject
    Retention retention;

    @Inject
    DayFold dayFold;

    @Inject
    RollupJournal journal;

    private ScheduledFuture<?> purge;
    private ScheduledFuture<?> journalFold;
    private ScheduledFuture<?> fold;

    /** Schedules the fold and the purge; a second call does nothing. */
    public synchronized void start() {
        if (fold != null) {
            return;
        }
        journalFold = Periodic.every(executor, Duration.ofMillis(JOURNAL_DELAY_MS), "streamstats: folding the rollup journal", this::foldJournal);
        long foldSeconds = Long.parseLong(settings.get().get(StreamstatsSettings.FOLD_SECONDS).orElseThrow());
        fold = Periodic.every(executor, Duration.ofSeconds(foldSeconds), "streamstats: folding hour rows into day rows", this::fold);
        long seconds = Long.parseLong(settings.get().get(StreamstatsSettings.PURGE_SECONDS).orElseThrow());
        if (seconds > 0) {
            purge = Periodic.every(executor, Duration.ofSeconds(seconds), "streamstats: purging rows past their retention", this::purge);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (fold != null) {
            fold.cancel(false);
        }
        if (journalFold != null) {
            journalFold.cancel(false);
        }
        if (purge != null) {
            purge.cancel(false);
        }
    }

    /** Folds at once again while a fold took a full share: a folder behind the writer catches up without pausing. */
    private void foldJournal() {
        while (journal.fold() == RollupJournal.ROWS_PER_FOLD) {
            // more pending
        }
    }

    private void fold() {
        List<Long> hours = dayFold.run(System.currentTimeMillis());
        if (!hours.isEmpty()) {
            LOG.fine(() -> "streamstats: folded the hours " + hours + " into day rows");
        }
    }

    private void purge() {
        long rows = retention.purge(System.currentTimeMillis());
        if (rows > 0) {
            LOG.info(() -> "streamstats: purged " + rows + " rows past their retention");
        }
    }
}
