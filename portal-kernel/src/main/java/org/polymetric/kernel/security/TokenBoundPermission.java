package org.polymetric.kernel.security;

import org.apache.shiro.authz.Permission;

/**
 * A user's grant seen through an API token: allowed only where both the user's grant and the
 * token's scope allow, so a token never outgrows its owner, even after the owner loses access.
 */
public record TokenBoundPermission(Permission userGrant, Permission tokenScope) implements Permission {
    @Override
    public boolean implies(Permission p) {
        return userGrant.implies(p) && tokenScope.implies(p);
    }
}
