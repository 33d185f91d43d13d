package org.polymetric.kernel.ingest;

import java.util.List;

/**
 * Writes what a {@link GroupCommitQueue} hands it: one batch, in one transaction, on the queue's
 * single writer thread (so a sink may keep state between batches, such as an open connection).
 *
 * @param <T> what callers submit
 * @param <R> what each caller learns once its item is committed
 */
public interface BatchSink<T, R> {

    /**
     * Commits the batch, then returns one result per item, in the batch's order. Throwing means
     * nothing of the batch was committed: the queue then writes the batch again in halves, so that
     * only the items that fail on their own fail (with what was thrown), and the others commit. A
     * sink therefore refuses a whole batch only for what no item can help (the database), and
     * throws for an item only when that item cannot be stored; the same items may reach it again.
     * Returning means committed: a result list of the wrong length is found only then, so the
     * batch's items fail although they are stored (a sink that can count before it commits should).
     */
    List<R> write(List<T> batch) throws Exception;

    /**
     * Nothing has arrived for the queue's idle interval: a sink that holds a connection between
     * batches gives it back here, so none sits open past the database's idle timeout.
     */
    default void idle() {
    }

    /** The writer thread is about to end (the queue was closed): the last call the sink gets. */
    default void closed() {
    }
}
