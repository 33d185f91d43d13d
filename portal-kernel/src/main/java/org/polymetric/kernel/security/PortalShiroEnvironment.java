package org.polymetric.kernel.security;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authz.ModularRealmAuthorizer;
import org.apache.shiro.lang.util.Initializable;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.filter.authc.AnonymousFilter;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;
import org.polymetric.kernel.tenancy.TenancyVersions;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.TenancyDirectory;

/**
 * Shiro for the portal, built in code (named by {@code shiroEnvironmentClass} in web.xml): two
 * realms (password, token), tenancy-aware permissions, sessions kept by the servlet container (so
 * Payara can share them across a cluster) and the URL rules below.
 */
public class PortalShiroEnvironment extends DefaultWebEnvironment implements Initializable {

    @Override
    public void init() {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager();
        manager.setAuthenticator(new OneRealmAuthenticator());
        manager.setRealms(List.of(new PasswordRealm(), new ApiTokenRealm()));
        // "remember me" would keep a login in a long-lived cookie; sessions are enough here
        manager.setRememberMeManager(null);
        ((ModularRealmAuthorizer) manager.getAuthorizer()).setPermissionResolver(new PortalPermissionResolver(
                (type, id) -> RequestMemo.current()
                        .map(memo -> memo.place(type, id, () -> locate(type, id)))
                        .orElseGet(() -> locate(type, id))));
        setSecurityManager(manager);

        DefaultFilterChainManager chains = new DefaultFilterChainManager();
        chains.addFilter("open", new AnonymousFilter());
        chains.addFilter("api", new ApiAuthenticationFilter());
        chains.addFilter("page", new PageAccessFilter());
        chains.addFilter("metrics", new MetricsAccessFilter());
        for (String open : List.of("/static/**", "/favicon.ico", "/login", "/invite/**", "/password-reset/**", "/health/**", "/health", "/openapi/**", "/openapi")) {
            chains.createChain(open, "open");
        }
        // MicroProfile Metrics (Payara's servlet in this context): operators only
        chains.createChain("/metrics/**", "metrics");
        chains.createChain("/metrics", "metrics");
        chains.createChain("/api/**", "api");
        chains.createChain("/**", "page");
        PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);
        resolver.setPathMatcher(new PrefixPathMatcher());
        setFilterChainResolver(resolver);
    }

    /**
     * Where a resource sits. Games and organizations come from the kernel's cached tenancy
     * ({@link GameDirectory}, {@link TenancyVersions}), so the checks of an SDK or counters call
     * ask the database nothing in steady state; a game's place never changes, and an organization
     * the snapshot does not know yet (made a moment ago) is looked up.
     */
    private static Optional<Containment> locate(ResourceType type, long id) {
        try {
            if (type == ResourceType.GAME) {
                return Beans.get(GameDirectory.class).byId(id).map(GameCard::containment);
            }
            if (type == ResourceType.ORGANIZATION && Beans.get(TenancyVersions.class).snapshot().has(id)) {
                return Optional.of(new Containment(id, null, null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("locating " + type.word() + " " + id, e);
        }
        return Beans.get(TenancyDirectory.class).locate(type, id);
    }
}
