package org.polymetric.kernel.overload;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.module.PortalModule;

/**
 * How many API requests each lane ({@link Lanes}) serves at once, refused at once past the limit
 * rather than queued, and all lanes together at most {@link Budget#apiTotal} (a resilience4j
 * bulkhead that never waits).
 *
 * <p>A lane's limit moves between {@link #FLOOR} and {@code POLYMETRIC_API_CONCURRENCY} (Netflix's
 * concurrency-limits, AIMD): it starts at the setting, shrinks by a tenth each time one of the
 * lane's requests took longer than {@link #SLOW_SECONDS} s, and grows by one with each request
 * served in time while at least half of the limit is in flight. The ceiling is high because the
 * durable ingest paths want many requests in flight: each waits, parked, for its batch's commit,
 * and many waiting make full batches (the kernel README has the figures: fewer in flight, fewer
 * beacons a second). But when the requests need CPU the machine does not have (a burst of
 * several times what it can parse and store), each of 256 in flight takes seconds, and the clients
 * behind them time out before the refusals reach them. The limit then falls to what the machine
 * serves in time, so the rest is refused in milliseconds, and climbs back once the lane is fast
 * again. The bound is an absolute one, not a ratio to the best time seen, so a commit-bound ingest
 * running at its usual second is not throttled. Counts in {@code /metrics}:
 * {@code polymetric_shed_total{lane}} (refused), {@code polymetric_lane_busy{lane}} (in flight now)
 * and {@code polymetric_lane_limit{lane}} (the limit now).
 */
@ApplicationScoped
public class Capacity {
    /** A request slower than this (seconds, from admission to its last byte) lowers its lane's limit. */
    static final int SLOW_SECONDS = 5;
    /** The least a lane's limit falls to (or the setting, when lower). */
    static final int FLOOR = 32;

    private static final Metadata SHED = Metadata.builder().withName("polymetric_shed")
            .withDescription("API requests refused with 503 because their lane, or all lanes together, were full").build();
    private static final Metadata BUSY = Metadata.builder().withName("polymetric_lane_busy")
            .withDescription("API requests of the lane in flight now").build();
    private static final Metadata LIMIT = Metadata.builder().withName("polymetric_lane_limit")
            .withDescription("API requests the lane takes at once now (lowered while its requests are slow)").build();

    /** One admitted request: {@link #done()} when it has been answered. */
    public record Admission(Limiter.Listener listener, Bulkhead all) {
        public void done() {
            all.onComplete();
            listener.onSuccess();
        }
    }

    /** A lane's limiter, the bulkhead all lanes share, and the lane's count of refusals. */
    public record Lane(Limiter<Void> limiter, Bulkhead all, Counter shed) {
        /** The admission of a request, or empty when it must be refused. */
        public Optional<Admission> enter() {
            Optional<Limiter.Listener> admitted = limiter.acquire(null);
            if (admitted.isPresent()) {
                if (all.tryAcquirePermission()) {
                    return Optional.of(new Admission(admitted.get(), all));
                }
                // refused by the total, not by the lane's time: no sample for its limit
                admitted.get().onIgnore();
            }
            shed.inc();
            return Optional.empty();
        }
    }

    @Inject
    PortalSettings settings;

    @Inject
    Modules modules;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private Lanes lanes;
    /** Lane name → its bulkhead; filled once, then only read. Empty without a limit. */
    private final Map<String, Lane> byName = new HashMap<>();

    @PostConstruct
    void start() {
        Set<String> ids = new HashSet<>();
        modules.all().stream().map(PortalModule::id).forEach(ids::add);
        lanes = new Lanes(ids, modules.rootPaths());
        int limit = settings.get().apiConcurrency();
        if (limit == 0) {
            return;
        }
        Bulkhead all = Bulkhead.of("api", BulkheadConfig.custom().maxConcurrentCalls(Budget.apiTotal(limit))
                .maxWaitDuration(Duration.ZERO).build());
        for (String name : lanes.all()) {
            SimpleLimiter<Void> limiter = limiter(name, limit, System::nanoTime);
            Tag tag = new Tag("lane", name);
            registry.gauge(BUSY, limiter::getInflight, tag);
            registry.gauge(LIMIT, limiter::getLimit, tag);
            byName.put(name, new Lane(limiter, all, registry.counter(SHED, tag)));
        }
    }

    /** A lane's limiter: at most {@code limit}, lowered by slow requests as the class says. */
    static SimpleLimiter<Void> limiter(String name, int limit, LongSupplier nanoClock) {
        return SimpleLimiter.newBuilder().named(name).nanoClock(nanoClock).limit(AIMDLimit.newBuilder()
                .initialLimit(limit).maxLimit(limit).minLimit(Math.min(FLOOR, limit))
                .timeout(SLOW_SECONDS, TimeUnit.SECONDS).backoffRatio(0.9).build()).build();
    }

    /** The lane of {@code path} (inside the application); null when the path is never shed or there is no limit. */
    public Lane of(String path) {
        String name = lanes.of(path);
        return name == null ? null : byName.get(name);
    }
}
