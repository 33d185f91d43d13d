package org.polymetric.counters.store;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.counters.CountersSettings;
import org.polymetric.kernel.config.PortalSettings;

/**
 * Drops rollups past their window on a schedule ({@code POLYMETRIC_COUNTERS_PURGE_SECONDS},
 * hourly by default): minute rows older than 14 days, hour rows older than 400; day rows stay.
 * Each series is purged by its own primary-key range, so no scan of a whole table and no long
 * lock. Several instances may purge at once: deleting what is gone already costs nothing.
 */
@ApplicationScoped
public class CounterRetention {
    private static final Logger LOG = Logger.getLogger(CounterRetention.class.getName());

    // a thread of the server's default factory: Payara Micro has no default scheduled executor to inject
    @Resource
    ManagedThreadFactory threads;

    @Inject
    PortalSettings settings;

    @Inject
    SeriesDirectory series;

    @Inject
    RollupStore rollups;

    private final Repeater repeater = new Repeater("polymetric-counters-retention", this::purgeLogged);
    private boolean started;

    /** Starts the schedule once; {@link ScheduleStart} calls it when the web application runs, writes again. */
    public synchronized void start() {
        if (started) {
            return;
        }
        long every = Long.parseLong(settings.get().get(CountersSettings.PURGE_SECONDS).orElseThrow());
        if (every > 0) {
            repeater.start(threads, every * 1000);
        }
        // only once it runs: a start that failed is tried again by the next write
        started = true;
    }

    @PreDestroy
    void stop() {
        repeater.stop();
    }

    private void purgeLogged() {
        try {
            int rows = purge(Instant.now());
            if (rows > 0) {
                LOG.info(() -> "counters: purged " + rows + " rollups past their window");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "counters: purging old rollups failed; the next run tries again", e);
        }
    }

    /** Deletes what lies outside each resolution's window at {@code now}; returns the rows deleted. */
    public int purge(Instant now) {
        int rows = 0;
        for (long id : series.allIds()) {
            for (Resolution r : Resolution.values()) {
                if (r.kept() != null) {
                    rows += rollups.purge(id, r, r.floor(now.minus(r.kept()).getEpochSecond()));
                }
            }
        }
        return rows;
    }
}
