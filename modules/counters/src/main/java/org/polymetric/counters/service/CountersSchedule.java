package org.polymetric.counters.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.polymetric.counters.CountersSettings;
import org.polymetric.counters.store.CounterRetention;
import org.polymetric.counters.store.RollupJournal;
import org.polymetric.kernel.config.PortalSettings;

/**
 * The counters' background work, on the container's scheduled executor: the {@link RollupJournal}
 * applied every second, and rollups past their window purged every
 * {@code POLYMETRIC_COUNTERS_PURGE_SECONDS} (none when 0). Started once, by
 * {@code web.CountersScheduleStart} when the web application runs; cancelled when it stops.
 */
@ApplicationScoped
public class CountersSchedule {
    private static final Logger LOG = Logger.getLogger(CountersSchedule.class.getName());
    /**
     * Hours and days follow the writes within a second even when nobody reads them (a read applies
     * what is pending itself). The writes of a second are folded together: a longer pause means
     * fewer upserts, a second keeps the journal small while an agent's writes of one series still
     * land in one hour row.
     */
    static final Duration JOURNAL_EVERY = Duration.ofSeconds(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PortalSettings settings;

    @Inject
    RollupJournal journal;

    @Inject
    CounterRetention retention;

    private final List<ScheduledFuture<?>> runs = new ArrayList<>();
    private boolean started;

    /** Schedules both tasks; a second call does nothing. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        runs.add(Periodic.every(executor, JOURNAL_EVERY, "applying the rollup journal", journal::settle));
        long purge = Long.parseLong(settings.get().get(CountersSettings.PURGE_SECONDS).orElseThrow());
        if (purge > 0) {
            runs.add(Periodic.every(executor, Duration.ofSeconds(purge), "purging old rollups", this::purge));
        }
    }

    @PreDestroy
    synchronized void stop() {
        runs.forEach(r -> r.cancel(false));
        runs.clear();
    }

    private void purge() {
        int rows = retention.purge(Instant.now());
        if (rows > 0) {
            LOG.info(() -> "counters: purged " + rows + " rollups past their window");
        }
    }
}
