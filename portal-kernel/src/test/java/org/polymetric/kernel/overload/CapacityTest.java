package org.polymetric.kernel.overload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A lane's limit on a clock of the test's: it falls while requests are slow and climbs back under load. */
class CapacityTest {
    private final AtomicLong now = new AtomicLong();
    private final SimpleLimiter<Void> lane = Capacity.limiter("events", 256, now::get);

    /** Admits {@code n} requests at once, lets {@code seconds} pass, and answers them all. */
    private void serve(int n, double seconds) {
        List<Limiter.Listener> inFlight = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<Limiter.Listener> admitted = lane.acquire(null);
            admitted.ifPresent(inFlight::add);
        }
        now.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
        inFlight.forEach(Limiter.Listener::onSuccess);
    }

    @Test
    void theSettingIsTheLimitWhileRequestsAreServedInTime() {
        assertEquals(256, lane.getLimit());
        serve(256, 4.9);
        assertEquals(256, lane.getLimit(), "a commit-bound ingest at its usual pace keeps every slot");
        assertTrue(lane.acquire(null).isPresent());
    }

    @Test
    void slowRequestsLowerTheLimitToTheFloorAndFastOnesRaiseItAgain() {
        serve(256, 6);
        assertEquals(Capacity.FLOOR, lane.getLimit(), "256 answers over 5 s each took a tenth off");
        List<Limiter.Listener> held = new ArrayList<>();
        for (int i = 0; i < Capacity.FLOOR; i++) {
            held.add(lane.acquire(null).orElseThrow());
        }
        assertTrue(lane.acquire(null).isEmpty(), "past the lowered limit a request is refused at once");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
        held.forEach(Limiter.Listener::onSuccess);
        assertTrue(lane.getLimit() > Capacity.FLOOR, "answers in time at a full lane raise the limit");
        for (int i = 0; i < 100; i++) {
            serve(lane.getLimit(), 0.05);
        }
        assertEquals(256, lane.getLimit(), "and back to the setting, never past it");
    }

    @Test
    void aSettingBelowTheFloorIsItsOwnFloor() {
        SimpleLimiter<Void> small = Capacity.limiter("events", 2, now::get);
        Limiter.Listener slow = small.acquire(null).orElseThrow();
        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        slow.onSuccess();
        assertEquals(2, small.getLimit());
    }
}
