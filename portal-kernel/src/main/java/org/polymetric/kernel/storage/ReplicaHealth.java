package org.polymetric.kernel.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The replica's state in {@code /health} (and {@code /health/live}): always UP, since a replica
 * that lags or is away costs only freshness (reads go to the primary), and readiness is about the
 * primary alone. The details say what the last check found, the lag, and where reads that may lag
 * go now; nothing names a host or an account.
 */
@Liveness
@ApplicationScoped
public class ReplicaHealth implements HealthCheck {
    @Inject
    Replica replica;

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("configured", replica.configured());
        if (replica.configured()) {
            ReplicaState state = replica.state();
            data.put("state", state.condition().word());
            data.put("lagSeconds", state.lagSeconds());
            data.put("maxLagSeconds", replica.maxLagSeconds());
            data.put("laggingReadsOn", replica.staleness().isPresent() ? "replica" : "primary");
        }
        return new HealthCheckResponse("replica", HealthCheckResponse.Status.UP, Optional.of(data));
    }
}
