/**
 * A drained stop: on SIGTERM (or Ctrl-C's SIGINT) the server first stops taking work (readiness
 * DOWN, new requests 503 with {@code Retry-After}), lets the requests in flight finish, for at most
 * {@link org.polymetric.kernel.drain.Drain#BOUND} (ingest requests wait for their commit, so their
 * queues are empty then), and only then lets the JVM stop the server.
 */
package org.polymetric.kernel.drain;
