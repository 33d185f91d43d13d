package org.polymetric.kernel.drain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Whether the server is stopping, and the requests it has taken and not yet answered. Once
 * {@link #begin} is called no request is admitted any more ({@link DrainFilter} answers 503), and
 * {@link #begin} returns when the admitted ones are answered or the bound has passed.
 */
@ApplicationScoped
public class Drain {
    /**
     * The longest a stop waits for requests in flight: beyond the pool's wait (2 s), the socket
     * time-out (5 s) and a lock wait (3 s) that a request may meet, so that only a request stuck
     * on something unbounded is cut off, and well inside the launcher's 30 s before it kills the
     * server.
     */
    public static final Duration BOUND = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(Drain.class.getName());
    private static final long POLL_MILLIS = 20;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean leaving;
    private volatile boolean draining;

    /** Whether the server has begun to stop: no new request is taken. */
    public boolean draining() {
        return draining;
    }

    /** Whether the server is stopping, in its grace ({@link #leave}) or draining: not ready for new traffic. */
    boolean stopping() {
        return leaving || draining;
    }

    /**
     * Says the server is stopping ({@code /health/ready} DOWN) while it still serves for
     * {@code grace}, so that a load balancer takes it out before it refuses anything; returns when
     * the grace has passed. Nothing to wait for with a grace of zero.
     */
    void leave(Duration grace) throws InterruptedException {
        leaving = true;
        if (!grace.isZero()) {
            LOG.info("stopping: ready no more; serving for " + grace.toSeconds() + " s while load balancers take this instance out");
            Thread.sleep(grace.toMillis());
        }
    }

    /** Takes a request, unless the server is stopping; a taken request ends with {@link #done}. */
    boolean admit() {
        inFlight.incrementAndGet();
        if (draining) {
            // the drain may already be counting: this one was never taken
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void done() {
        inFlight.decrementAndGet();
    }

    /** Requests taken and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    /**
     * Stops taking requests and waits until those taken are answered or {@code bound} has passed;
     * says how many were still in flight then (0: all were answered). Called again it waits again.
     */
    int begin(Duration bound) throws InterruptedException {
        draining = true;
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        int left = inFlight.get();
        LOG.info("stopping: no new requests; waiting for " + left + " in flight (at most " + bound.toSeconds() + " s)");
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            left = inFlight.get();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (left > 0) {
            LOG.warning("stopping: " + left + " requests still in flight after " + ms + " ms; the server stops under them");
        } else {
            LOG.info("stopping: every request taken was answered (" + ms + " ms)");
        }
        return left;
    }
}
