package org.polymetric.kernel.ingest;

import jakarta.enterprise.event.Event;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@link BatchSink} for items whose rows the modules write: each batch becomes one
 * {@link Ingested} event, fired inside one JTA transaction (see {@link Ingested} for why inside).
 * A submitter's {@link Submission} completes (with null) once that transaction has committed.
 * <pre>
 * &#64;Inject IngestTransaction transaction;
 * &#64;Inject Event&lt;Ingested&lt;Beacon&gt;&gt; beacons;
 * &#64;Resource ManagedThreadFactory threads;
 * ... queue = new GroupCommitQueue&lt;&gt;("beacons", 20_000, 1_000, 1_000, threads, new ObservedSink&lt;&gt;(transaction, beacons));
 * </pre>
 * The event is typed by the injection point ({@code Event<Ingested<Beacon>>}), so observers of
 * other item types never see it.
 */
public final class ObservedSink<T> implements BatchSink<T, Void> {
    private final IngestTransaction transaction;
    private final Event<Ingested<T>> observers;

    public ObservedSink(IngestTransaction transaction, Event<Ingested<T>> observers) {
        this.transaction = Objects.requireNonNull(transaction);
        this.observers = Objects.requireNonNull(observers);
    }

    @Override
    public List<Void> write(List<T> batch) {
        transaction.commit(observers, batch);
        return Collections.nCopies(batch.size(), null);
    }
}
