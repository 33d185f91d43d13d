package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS side of {@link RequestSizeLimit}: a page whose declared body is over the limit is
 * answered before any resource runs, and the exception mappers ask {@link #answer} when a body
 * of unknown length ran over while it was read, so both get the same 413.
 */
@Provider
@PreMatching
public class TooLargeRequests implements ContainerRequestFilter {
    @Inject
    DialectErrors dialects;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (RequestSizeLimit.exceeded(servletRequest)) {
            request.abortWith(answer(dialects, request.getUriInfo()));
        }
    }

    /** 413 in the shape of the path: the owning dialect's JSON on an API path, the theme's error page elsewhere. */
    public static Response answer(DialectErrors dialects, UriInfo uri) {
        return dialects.reply(uri, 413, RequestSizeLimit.MESSAGE);
    }
}
