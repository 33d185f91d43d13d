package org.polymetric.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * The permission check on a service method's first line. Anonymous callers get 401, signed-in
 * callers without the permission 403; the error mappers give each the dialect's shape.
 */
@ApplicationScoped
public class AccessGuard {

    /** The caller, or 401. */
    public PortalPrincipal requireUser() {
        return current().orElseThrow(() -> new NotAuthorizedException("Sign in or send an API token", "Bearer"));
    }

    /** The caller holding {@code permission}, or 401 / 403. */
    public PortalPrincipal require(String permission) {
        PortalPrincipal principal = requireUser();
        if (!SecurityUtils.getSubject().isPermitted(permission)) {
            throw new ForbiddenException("You do not have access to this resource");
        }
        return principal;
    }

    /** True when the caller holds {@code permission}; false for anonymous callers. */
    public boolean can(String permission) {
        return current().isPresent() && SecurityUtils.getSubject().isPermitted(permission);
    }

    public Optional<PortalPrincipal> current() {
        Subject subject = SecurityUtils.getSubject();
        Object principal = subject.getPrincipal();
        return principal instanceof PortalPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
