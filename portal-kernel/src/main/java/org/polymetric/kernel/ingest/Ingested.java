package org.polymetric.kernel.ingest;

import java.util.List;

/**
 * The CDI event of a batch of inbound items (player beacons, say) that the kernel is committing.
 * It is fired synchronously by {@link ObservedSink} <em>inside</em> the transaction that commits
 * the batch, and the callers that submitted the items hear "stored" only after that commit. So a
 * module observes it with a plain {@code @Observes Ingested<Beacon>} and writes its own rows
 * through the portal's datasource or entity manager: they join the same transaction, and either
 * every observer's rows and the kernel's are committed, or none are. An observer that throws
 * rolls the batch back, and each submitter of it hears the failure (503, the client retries).
 * <p>
 * Why not {@code AFTER_SUCCESS}: several modules roll up the same items, and nothing acknowledged
 * may be lost. An after-commit observer runs once the client has been told "stored"; a crash, or
 * that observer's own failure, between the two would lose the item for that module only, with no
 * retry to heal it. Inside the transaction an observer costs the batch's latency, so observers
 * must do their work in a few set-based statements per batch, not per item, and never call out
 * of the process.
 * <p>
 * {@code items} is the batch in submission order; neither it nor its items may be changed.
 */
public record Ingested<T>(List<T> items) {
    public Ingested {
        items = List.copyOf(items);
    }
}
