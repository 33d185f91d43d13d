package org.polymetric.kernel.ingest;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the group-commit queues tell the operator's metrics what they do: which queues are open,
 * each committed batch (requests, weight, time) and each refusal. Queues are plain Java built by
 * modules and the kernel alike, so they report here rather than to a bean; one listener (the
 * kernel's {@code metrics.IngestMetrics}) hears them, and without one nothing is done.
 */
public final class QueueWatch {
    /** What a listener hears; called on the queues' threads, so it must not block. */
    public interface Listener {
        /** A queue opened (or was open when the listener came). */
        void opened(GroupCommitQueue<?, ?> queue);

        /** A batch of {@code requests} items weighing {@code weight} committed in {@code nanos}. */
        void committed(String queue, int requests, int weight, long nanos);

        /** A submit was refused: the queue was full or closed (the caller answers 503). */
        void refused(String queue);

        /** A queue closed. */
        void closed(GroupCommitQueue<?, ?> queue);
    }

    private static final Listener NONE = new Listener() {
        @Override
        public void opened(GroupCommitQueue<?, ?> queue) {
        }

        @Override
        public void committed(String queue, int requests, int weight, long nanos) {
        }

        @Override
        public void refused(String queue) {
        }

        @Override
        public void closed(GroupCommitQueue<?, ?> queue) {
        }
    };

    private static final Set<GroupCommitQueue<?, ?>> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile Listener listener = NONE;

    private QueueWatch() {
    }

    /** Sets the one listener and tells it of the queues already open. */
    public static void listen(Listener l) {
        listener = Objects.requireNonNull(l);
        OPEN.forEach(l::opened);
    }

    /** Stops telling {@code l} (the application is stopping); another listener set since stays. */
    public static void stopListening(Listener l) {
        if (listener == l) {
            listener = NONE;
        }
    }

    static void opened(GroupCommitQueue<?, ?> queue) {
        OPEN.add(queue);
        listener.opened(queue);
    }

    static void closed(GroupCommitQueue<?, ?> queue) {
        if (OPEN.remove(queue)) {
            listener.closed(queue);
        }
    }

    static Listener listener() {
        return listener;
    }
}
