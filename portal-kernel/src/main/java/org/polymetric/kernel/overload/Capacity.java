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
import java.util.Set;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.module.PortalModule;

/**
 * How many API requests each lane ({@link Lanes}) serves at once: {@code POLYMETRIC_API_CONCURRENCY}
 * each, and {@link Budget#apiTotal} across all lanes, in resilience4j bulkheads that never wait, so
 * a request past either limit is refused at once rather than queued. A fixed limit, not an
 * adaptive one: what the database and the 2 s pool wait behind it take is bounded already, and a
 * latency-driven limit would move with every neighbour's load on a shared machine. Counts in {@code /metrics}: {@code polymetric_shed_total{lane}} (refused)
 * and {@code polymetric_lane_busy{lane}} (in flight now).
 */
@ApplicationScoped
public class Capacity {
    private static final Metadata SHED = Metadata.builder().withName("polymetric_shed")
            .withDescription("API requests refused with 503 because their lane, or all lanes together, were full").build();
    private static final Metadata BUSY = Metadata.builder().withName("polymetric_lane_busy")
            .withDescription("API requests of the lane in flight now").build();

    /** A lane's bulkhead, the bulkhead all lanes share, and the lane's count of refusals. */
    public record Lane(Bulkhead bulkhead, Bulkhead all, Counter shed) {
        /** True when the request may go on; then {@link #done()} must follow. */
        public boolean enter() {
            if (bulkhead.tryAcquirePermission()) {
                if (all.tryAcquirePermission()) {
                    return true;
                }
                bulkhead.releasePermission();
            }
            shed.inc();
            return false;
        }

        public void done() {
            all.onComplete();
            bulkhead.onComplete();
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
        Bulkhead all = Bulkhead.of("api", noWait(Budget.apiTotal(limit)));
        for (String name : lanes.all()) {
            Bulkhead bulkhead = Bulkhead.of(name, noWait(limit));
            Tag tag = new Tag("lane", name);
            registry.gauge(BUSY, () -> limit - bulkhead.getMetrics().getAvailableConcurrentCalls(), tag);
            byName.put(name, new Lane(bulkhead, all, registry.counter(SHED, tag)));
        }
    }

    private static BulkheadConfig noWait(int calls) {
        return BulkheadConfig.custom().maxConcurrentCalls(calls).maxWaitDuration(Duration.ZERO).build();
    }

    /** The lane of {@code path} (inside the application); null when the path is never shed or there is no limit. */
    public Lane of(String path) {
        String name = lanes.of(path);
        return name == null ? null : byName.get(name);
    }
}
