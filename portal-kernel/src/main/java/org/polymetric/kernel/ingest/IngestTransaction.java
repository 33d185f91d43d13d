package org.polymetric.kernel.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Opens the transaction a batch commits in and fires its {@link Ingested} event inside it.
 * {@code REQUIRES_NEW} because the queue's writer thread has no transaction of its own; a runtime
 * exception from any observer (CDI wraps checked ones) rolls everything back and reaches the caller.
 */
@ApplicationScoped
public class IngestTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> void commit(Event<Ingested<T>> observers, List<T> batch) {
        observers.fire(new Ingested<>(batch));
    }
}
