package org.polymetric.streamstats.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.streamstats.StreamstatsSettings;
import org.polymetric.streamstats.store.Retention;

/**
 * The module's background work on the container's scheduled executor: rows past their retention
 * purged every {@code POLYMETRIC_STREAMSTATS_PURGE_SECONDS} (never when 0). Started once, by
 * {@code web.StreamstatsScheduleStart} when the web application runs; cancelled when it stops.
 */
@ApplicationScoped
public class StreamstatsSchedule {
    private static final Logger LOG = Logger.getLogger(StreamstatsSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PortalSettings settings;

    @Inject
    Retention retention;

    private ScheduledFuture<?> purge;

    /** Schedules the purge; a second call does nothing. */
    public synchronized void start() {
        if (purge != null) {
            return;
        }
        long seconds = Long.parseLong(settings.get().get(StreamstatsSettings.PURGE_SECONDS).orElseThrow());
        if (seconds > 0) {
            purge = Periodic.every(executor, Duration.ofSeconds(seconds), "purging rows past their retention", this::purge);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (purge != null) {
            purge.cancel(false);
        }
    }

    private void purge() {
        long rows = retention.purge(System.currentTimeMillis());
        if (rows > 0) {
            LOG.info(() -> "streamstats: purged " + rows + " rows past their retention");
        }
    }
}
