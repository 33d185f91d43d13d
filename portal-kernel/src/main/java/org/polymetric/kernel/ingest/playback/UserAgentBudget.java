package org.polymetric.kernel.ingest.playback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How many user agents the cache does not hold may be parsed (~2.4 ms each), per client address
 * and in all: token buckets of {@value #PER_ADDRESS_PER_SECOND} a second (bursts of
 * {@value #PER_ADDRESS_BURST}) per address and {@value #IN_ALL_PER_SECOND} a second (bursts of
 * {@value #IN_ALL_BURST}) for the server. Real players repeat a handful of agents, which the cache
 * then answers for free; a client that invents a new agent per request would otherwise buy 2.4 ms
 * of CPU with each cheap request. Past the budget the device is "Other": the beacon is stored all
 * the same, only less described. The global bucket bounds what many addresses together can buy
 * (at most ~0.5 s of CPU a second); per-address buckets keep one sender from spending it all.
 */
final class UserAgentBudget {
    static final int PER_ADDRESS_PER_SECOND = 5;
    static final int PER_ADDRESS_BURST = 20;
    static final int IN_ALL_PER_SECOND = 200;
    static final int IN_ALL_BURST = 400;
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier nanos;
    private final Bucket inAll;
    /** Addresses seen lately; a flood of addresses is bounded by the size, and by the global bucket. */
    private final Cache<String, Bucket> byAddress = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterAccess(Duration.ofSeconds(10)).build();

    UserAgentBudget() {
        this(System::nanoTime);
    }

    UserAgentBudget(LongSupplier nanos) {
        this.nanos = nanos;
        this.inAll = new Bucket(IN_ALL_PER_SECOND, IN_ALL_BURST, nanos.getAsLong());
    }

    /** Takes one parse from the address's budget and the server's; false (nothing taken) when either is spent. */
    boolean allow(String address) {
        long now = nanos.getAsLong();
        Bucket own = byAddress.get(address, a -> new Bucket(PER_ADDRESS_PER_SECOND, PER_ADDRESS_BURST, now));
        if (!own.take(now)) {
            return false;
        }
        if (!inAll.take(now)) {
            own.giveBack();
            return false;
        }
        return true;
    }

    /** A token bucket: {@code rate} tokens a second, at most {@code burst} kept. */
    private static final class Bucket {
        private final int rate;
        private final int burst;
        private double tokens;
        private long refilledAt;

        Bucket(int rate, int burst, long now) {
            this.rate = rate;
            this.burst = burst;
            this.tokens = burst;
            this.refilledAt = now;
        }

        synchronized boolean take(long now) {
            if (now > refilledAt) {
                tokens = Math.min(burst, tokens + (double) (now - refilledAt) * rate / SECOND);
                refilledAt = now;
            }
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        synchronized void giveBack() {
            tokens = Math.min(burst, tokens + 1);
        }
    }
}
