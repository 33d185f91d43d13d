package org.polymetric.kernel.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.polymetric.kernel.geo.Enrichment;
import org.polymetric.kernel.security.ClientAddress;

/**
 * Makes the {@link Arrival} of a request: the client address through {@link ClientAddress}
 * ({@code POLYMETRIC_TRUSTED_PROXIES} honoured), the {@code User-Agent} header, the time now.
 * A JAX-RS resource passes its {@code @Context HttpServletRequest}; a servlet filter its request.
 */
@ApplicationScoped
public class Arrivals {
    @Inject
    Enrichment enrichment;

    private final Clock clock;

    public Arrivals() {
        this(Clock.systemUTC());
    }

    Arrivals(Clock clock) {
        this.clock = clock;
    }

    public Arrival of(HttpServletRequest request) {
        return new Arrival(clock.instant(), ClientAddress.of(request), request.getHeader("User-Agent"), enrichment);
    }
}
