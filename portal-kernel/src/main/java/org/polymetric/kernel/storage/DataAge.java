package org.polymetric.kernel.storage;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;

/**
 * For a {@link MayLag} resource: chooses where the request's lagging reads go before the resource
 * runs, and says on its answer, when they went to the replica, how old the data may be:
 * {@value #HEADER}{@code : <seconds>} (the replica's lag when last checked, plus the time since).
 * Chosen before, not after, because an answer that streams (an export) is read after its headers
 * are sent.
 */
@Provider
@MayLag
public class DataAge implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Polymetric-Data-Age";

    @Inject
    LaggingReads reads;

    @Inject
    LaggingRoute route;

    @Override
    public void filter(ContainerRequestContext request) {
        reads.choose(route);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        OptionalLong age = route.staleness();
        if (age.isPresent() && response.getStatus() < 400) {
            response.getHeaders().putSingle(HEADER, Long.toString(age.getAsLong()));
        }
    }
}
