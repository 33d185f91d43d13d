package org.polymetric.kernel.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.security.AccessGuard;

/** What the signed-in user can reach: their organizations, studios and games, for home pages and pickers. */
@ApplicationScoped
public class Workspace {
    @Inject
    AccessGuard guard;

    @Inject
    IdentityDirectory identities;

    @Inject
    TenancyDirectory tenancy;

    public VisibleTenancy forCurrentUser() {
        long userId = guard.requireUser().userId();
        List<Access> access = identities.accessOf(userId);
        Set<Long> orgIds = access.stream().map(Access::getOrganizationId).collect(Collectors.toSet());
        List<Grant> grants = access.stream().map(Access::toGrant).toList();
        return VisibleTenancy.of(grants, tenancy.organizations(orgIds), tenancy.studiosOf(orgIds), tenancy.gamesOf(orgIds));
    }
}
