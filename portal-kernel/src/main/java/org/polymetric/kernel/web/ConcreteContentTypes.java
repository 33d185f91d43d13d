package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A body must say what it is: a {@code Content-Type} of {@code *}{@code /*} or {@code text/*}
 * matches every {@code @Consumes}, so a form resource would run on it and fail reading its
 * {@code @FormParam}s (a 500). Such a request with a body (POST, PUT, PATCH) is answered 415 in
 * the path's shape before any resource runs; an unreadable Content-Type is left to JAX-RS (400).
 */
@Provider
@PreMatching
public class ConcreteContentTypes implements ContainerRequestFilter {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Inject
    DialectErrors dialects;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString("Content-Type");
        if (header == null) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            request.abortWith(dialects.reply(request.getUriInfo(), 415, "The request's Content-Type must name one media type"));
        }
    }
}
