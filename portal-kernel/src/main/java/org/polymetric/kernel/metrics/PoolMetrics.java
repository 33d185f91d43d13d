package org.polymetric.kernel.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.polymetric.kernel.storage.Storage;

/**
 * The portal's JDBC pool ({@code java:app/jdbc/polymetric}), read at each scrape from Payara's
 * pool ({@link PayaraPool}):
 * <ul>
 * <li>{@code polymetric_pool_connections_in_use}: connections handed out now (a request, a queue's
 *     writer or a background job holds each);</li>
 * <li>{@code polymetric_pool_connections_free}: connections open and idle in the pool;</li>
 * <li>{@code polymetric_pool_waiting}: callers waiting for a connection now (each gives up after
 *     the pool's wait, 2 s, and is answered 503);</li>
 * <li>{@code polymetric_pool_max_size}: the most connections the pool opens.</li>
 * </ul>
 * Nothing is counted on a request's way: each gauge asks the pool when scraped. Before the first
 * connection (Payara makes the pool on demand; the readiness check asks for one at start) all four
 * read 0.
 */
@ApplicationScoped
public class PoolMetrics {
    private static final Logger LOG = Logger.getLogger(PoolMetrics.class.getName());

    private record Gauge(String name, String description, ToIntFunction<PayaraPool.Figures> figure) {
    }

    private static final List<Gauge> GAUGES = List.of(
            new Gauge("polymetric_pool_connections_in_use", "JDBC connections handed out by the portal's pool now",
                    PayaraPool.Figures::used),
            new Gauge("polymetric_pool_connections_free", "JDBC connections open and idle in the portal's pool",
                    PayaraPool.Figures::free),
            new Gauge("polymetric_pool_waiting", "Callers waiting for a JDBC connection from the portal's pool now",
                    PayaraPool.Figures::waiting),
            new Gauge("polymetric_pool_max_size", "The most JDBC connections the portal's pool opens",
                    PayaraPool.Figures::max));

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** Registers the gauges; called once the web module runs ({@code PortalStartup}), when the data source is bound. */
    public void start() {
        PayaraPool pool;
        try {
            pool = PayaraPool.of(InitialContext.doLookup(Storage.DATASOURCE));
        } catch (NamingException | ReflectiveOperationException e) {
            LOG.info("the JDBC pool's figures are not on /metrics: this server keeps its pools in a way the portal does not know ("
                    + (e.getCause() == null ? e : e.getCause()) + ")");
            return;
        }
        for (Gauge g : GAUGES) {
            registry.gauge(Metadata.builder().withName(g.name()).withDescription(g.description()).build(), pool,
                    reader -> reader.read().map(g.figure()::applyAsInt).orElse(0));
        }
    }

    @PreDestroy
    void stop() {
        // the gauges hold the reader, which holds Payara's pool: let both go with the deployment
        GAUGES.forEach(g -> registry.remove(g.name()));
    }
}
