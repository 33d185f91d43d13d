/**
 * Shared inbound contracts, for every module that takes telemetry from clients: the
 * {@link org.polymetric.kernel.ingest.Arrival} of a request (time, client address, place,
 * network, device, from {@link org.polymetric.kernel.ingest.Arrivals}), the
 * {@link org.polymetric.kernel.ingest.GroupCommitQueue} that turns many small writes into few
 * transactions and answers each only after its commit, and the
 * {@link org.polymetric.kernel.ingest.Ingested} event that modules observe inside the committing
 * transaction ({@link org.polymetric.kernel.ingest.ObservedSink}), so that one inbound stream
 * feeds several modules that never import each other.
 */
package org.polymetric.kernel.ingest;
