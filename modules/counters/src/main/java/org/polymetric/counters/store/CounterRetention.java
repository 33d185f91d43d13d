package org.polymetric.counters.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Drops rollups past their window: minute rows older than 14 days, hour rows older than 400; day
 * rows stay. Each series is purged by its own primary-key range, so no scan of a whole table and
 * no long lock. Several instances may purge at once: deleting what is gone already costs nothing.
 * {@code service.CountersSchedule} runs it every {@code POLYMETRIC_COUNTERS_PURGE_SECONDS}.
 */
@ApplicationScoped
public class CounterRetention {
    @Inject
    SeriesDirectory series;

    @Inject
    RollupStore rollups;

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
