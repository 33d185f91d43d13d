package org.polymetric.export.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.polymetric.export.ExportSettings;
import org.polymetric.export.store.BucketCloser;
import org.polymetric.export.store.ExportRetention;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.time.Periodic;

/**
 * The module's background work on the container's scheduled executor: buckets closed every
 * {@link #CLOSE_PERIOD} ({@link BucketCloser}: a bucket's projections are derived 6 minutes after
 * its end, so a few seconds late is nothing), rows past their retention purged every
 * {@code POLYMETRIC_EXPORT_PURGE_SECONDS} (never when 0). Started once, by
 * {@code web.ExportScheduleStart} when the web application runs; cancelled when it stops.
 */
@ApplicationScoped
public class ExportSchedule {
    private static final Logger LOG = Logger.getLogger(ExportSchedule.class.getName());
    static final Duration CLOSE_PERIOD = Duration.ofSeconds(2);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PortalSettings settings;

    @Inject
    BucketCloser closer;

    @Inject
    ExportRetention retention;

    private ScheduledFuture<?> close;
    private ScheduledFuture<?> purge;

    /** Schedules the closer and the purge; a second call does nothing. */
    public synchronized void start() {
        if (close != null) {
            return;
        }
        close = Periodic.every(executor, CLOSE_PERIOD, "export: closing buckets", this::close);
        long seconds = Long.parseLong(settings.get().get(ExportSettings.PURGE_SECONDS).orElseThrow());
        if (seconds > 0) {
            purge = Periodic.every(executor, Duration.ofSeconds(seconds), "export: purging rows past their retention", this::purge);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (close != null) {
            close.cancel(false);
        }
        if (purge != null) {
            purge.cancel(false);
        }
    }

    /** Closes again at once while a run closed a full share: a closer behind catches up without pausing. */
    private void close() {
        while (closer.run(System.currentTimeMillis()) == BucketCloser.BUCKETS_PER_RUN) {
            // more due
        }
    }

    private void purge() {
        long rows = retention.purge(System.currentTimeMillis());
        if (rows > 0) {
            LOG.info(() -> "export: purged " + rows + " rows past their retention");
        }
    }
}
