package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.organizations.api.Problem;

/**
 * The kernel's permission check with GameAnalytics' 403: {@code {"detail": "..."}} as FastAPI
 * answers, instead of the kernel's {@code {"error": "..."}}, so a client decodes one error shape.
 * Anonymous callers still get the kernel's 401.
 */
@ApplicationScoped
public class Guard {
    static final String REFUSED = "You do not have access to this resource";

    @Inject
    AccessGuard kernel;

    /** The caller, or 401. */
    public PortalPrincipal requireUser() {
        return kernel.requireUser();
    }

    /** The caller holding {@code permission}, or 401 / 403. */
    public PortalPrincipal require(String permission) {
        return require(permission, REFUSED);
    }

    /** As {@link #require(String)}, with the reason the 403 gives. */
    public PortalPrincipal require(String permission, String refusal) {
        PortalPrincipal me = kernel.requireUser();
        if (!kernel.can(permission)) {
            throw Problem.forbidden(refusal);
        }
        return me;
    }

    public boolean can(String permission) {
        return kernel.can(permission);
    }
}
