package org.polymetric.organizations.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.polymetric.kernel.security.AccessGuard;

/**
 * Every Organization API call needs a caller: anonymous requests get 401 before their parameters
 * are even read (a 422 would tell an anonymous caller about the API's shape for nothing).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class SignedInOnly implements ContainerRequestFilter {
    @Inject
    AccessGuard guard;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith("api/organizations/") || path.equals("api/organizations")) {
            guard.requireUser();
        }
    }
}
