package org.polymetric.kernel.ingest;

import java.util.List;

/**
 * The CDI event of a batch of inbound items (player beacons, say) that the kernel is committing.
 * It is fired synchronously by {@link ObservedSink} <em>inside</em> the JTA transaction that
 * {@link IngestTransaction} opens for the batch, and the callers that submitted the items hear
 * "stored" only after that commit. So a module observes it with a plain
 * {@code @Observes Ingested<Beacon>} and writes its own rows through the portal's datasource or
 * entity manager: they join that transaction, and either every observer's rows are committed or
 * none are. Only what enlists in that transaction is covered: the kernel writes no rows of its own
 * there, and a sink that manages its own connection (as events' {@code BatchWriter} does) commits
 * outside it, so such a sink must not publish {@code Ingested} as well.
 * <p>
 * An observer that throws rolls the batch back; the queue then retries it in halves until only
 * the items that fail alone fail (503 for their submitters, who retry), so an observer throws for
 * a whole batch only when nothing could be stored (the database), and accepts every item that
 * passed its module's checks before it was submitted: refusing one item costs a rollback and a
 * search through the batch.
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
