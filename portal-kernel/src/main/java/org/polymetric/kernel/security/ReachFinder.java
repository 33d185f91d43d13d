package org.polymetric.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.identity.IdentityDirectory;

/** Works out the caller's {@link Reach} in an organization, and which organization a caller means. */
@ApplicationScoped
public class ReachFinder {
    @Inject
    AccessGuard guard;

    @Inject
    IdentityDirectory identities;

    /** The caller's reach in {@code organizationId}; 401 for anonymous callers. */
    public Reach in(long organizationId) {
        return in(organizationId, AccessLevel.VIEWER);
    }

    /**
     * What the caller reaches in {@code organizationId} with at least {@code level}: the grants
     * below it left out, and nothing when a token's scope is below it (as the permission check
     * decides). Lets a module decide per row, in one pass, what only admins may see.
     */
    public Reach in(long organizationId, AccessLevel level) {
        PortalPrincipal me = guard.requireUser();
        if (me.tokenScope() != null && !me.tokenScope().level().atLeast(level)) {
            return Reach.none(organizationId);
        }
        List<Grant> grants = RequestMemo.accessOf(me.userId(), identities).stream()
                .filter(a -> a.getOrganizationId() == organizationId && a.getLevel().atLeast(level)).map(Access::toGrant).toList();
        return Reach.of(organizationId, grants, me.tokenScope());
    }

    /**
     * The organization an organization-level API call is about: a token's own organization, or,
     * for a password or session caller, the one they belong to, or the one they name when they
     * belong to several. Empty when that cannot be told.
     */
    public Optional<Long> organizationOf(Long named) {
        PortalPrincipal me = guard.requireUser();
        if (me.viaToken()) {
            return Optional.of(me.tokenOrganizationId()).filter(org -> named == null || named.equals(org));
        }
        List<Long> mine = RequestMemo.accessOf(me.userId(), identities).stream().map(Access::getOrganizationId).distinct().toList();
        if (named != null) {
            return mine.contains(named) ? Optional.of(named) : Optional.empty();
        }
        return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
    }
}
