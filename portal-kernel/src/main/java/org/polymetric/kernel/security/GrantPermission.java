package org.polymetric.kernel.security;

import org.apache.shiro.authz.Permission;
import org.polymetric.kernel.identity.Grant;

/**
 * What a grant allows: every action up to its level on its resource and on everything that
 * resource contains (organization, then its studios, then their games).
 */
public record GrantPermission(Grant grant) implements Permission {
    @Override
    public boolean implies(Permission p) {
        if (!(p instanceof TargetPermission target) || !grant.level().atLeast(target.level())) {
            return false;
        }
        return target.containment().map(c -> c.isWithin(grant.resource(), grant.resourceId())).orElse(false);
    }
}
