package org.polymetric.streamstats.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.polymetric.streamstats.store.RollupJournal;

/**
 * Folds the rollup journal before a request's first read of rollups, so a read never misses an
 * acknowledged write: once per request, however many summaries and series the request reads (a
 * page reads several). A database failure is a {@code StoreFailure}, as any read's.
 */
@RequestScoped
public class PendingRollups {
    @Inject
    RollupJournal journal;

    private boolean folded;

    /** Folds the pending journal rows, the first time in this request. */
    public void fold() {
        if (!folded) {
            journal.foldPending();
            folded = true;
        }
    }
}
