package org.polymetric.kernel.security;

import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.PermissionResolver;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Turns permission strings into permissions: tenancy ones ({@code studio:admin:3}) become
 * {@link TargetPermission}s that know their place in the tree; others ({@code portal:admin}) stay
 * Shiro wildcards.
 */
public final class PortalPermissionResolver implements PermissionResolver {
    private final BiFunction<ResourceType, Long, Optional<Containment>> locator;

    public PortalPermissionResolver(BiFunction<ResourceType, Long, Optional<Containment>> locator) {
        this.locator = locator;
    }

    @Override
    public Permission resolvePermission(String text) {
        return TargetPermission.parse(text, locator).<Permission>map(p -> p).orElseGet(() -> new WildcardPermission(text));
    }
}
