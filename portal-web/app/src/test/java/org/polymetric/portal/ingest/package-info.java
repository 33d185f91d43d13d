/**
 * A test module that uses the kernel's ingest parts as a real module would: a resource that
 * queues items on a {@link org.polymetric.kernel.ingest.GroupCommitQueue} with an
 * {@link org.polymetric.kernel.ingest.ObservedSink}, and two observers that each write their own
 * table, as two modules rolling up the same beacons would.
 */
package org.polymetric.portal.ingest;
