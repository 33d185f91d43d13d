package org.polymetric.kernel.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.User;

/**
 * What every Polymetric realm shares: permissions are read from the database once per request
 * (no longer-lived cache, so a revoked grant takes effect at once on every instance of a cluster).
 */
public abstract class PortalRealm extends AuthorizingRealm {

    protected PortalRealm() {
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    protected static IdentityDirectory identities() {
        return Beans.get(IdentityDirectory.class);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        PortalPrincipal principal = principals.oneByType(PortalPrincipal.class);
        if (principal == null) {
            return new SimpleAuthorizationInfo();
        }
        return RequestMemo.current().map(m -> m.authorization(principal, PortalRealm::load)).orElseGet(() -> load(principal));
    }

    private static AuthorizationInfo load(PortalPrincipal principal) {
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        Optional<User> user = RequestMemo.userOf(principal.userId(), identities()).filter(u -> !u.isDisabled());
        if (user.isEmpty()) {
            return info;
        }
        List<Permission> permissions = new ArrayList<>();
        for (Access access : RequestMemo.accessOf(principal.userId(), identities())) {
            Permission grant = new GrantPermission(access.toGrant());
            permissions.add(principal.viaToken()
                    ? new TokenBoundPermission(grant, new GrantPermission(principal.tokenScope()))
                    : grant);
        }
        if (user.get().isPortalAdmin() && !principal.viaToken()) {
            permissions.add(new WildcardPermission(Permissions.PORTAL_ADMIN));
        }
        info.setObjectPermissions(new java.util.HashSet<>(permissions));
        return info;
    }
}
