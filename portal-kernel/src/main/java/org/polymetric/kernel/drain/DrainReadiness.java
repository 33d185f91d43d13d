package org.polymetric.kernel.drain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is DOWN from the moment the server begins to stop (its grace included), so a load balancer stops sending it requests. */
@Readiness
@ApplicationScoped
public class DrainReadiness implements HealthCheck {
    @Inject
    Drain drain;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse("accepting", drain.stopping() ? HealthCheckResponse.Status.DOWN : HealthCheckResponse.Status.UP,
                Optional.empty());
    }
}
