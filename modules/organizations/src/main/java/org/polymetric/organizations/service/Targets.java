package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.api.Problem;

/** Turns a requested access into a grant on a resource of the organization (422 when it lies elsewhere). */
@ApplicationScoped
public class Targets {
    @Inject
    TenancyDirectory tenancy;

    public Grant grant(long org, NewAcl acl, List<String> loc) {
        long id = switch (acl.resource()) {
            case ORGANIZATION -> org;
            case STUDIO -> tenancy.studio(acl.studioId()).filter(s -> s.getOrganizationId() == org)
                    .map(s -> s.getId()).orElseThrow(() -> invalid(loc, "studio_id", "no such studio in this organization"));
            case GAME -> tenancy.game(acl.gameId()).filter(g -> g.getOrganizationId() == org)
                    .filter(g -> acl.studioId() == null || acl.studioId().equals(g.getStudioId()))
                    .map(g -> g.getId()).orElseThrow(() -> invalid(loc, "game_id", "no such game in this organization and studio"));
        };
        return new Grant(acl.resource(), id, acl.level());
    }

    private static Problem invalid(List<String> loc, String field, String msg) {
        List<String> at = new java.util.ArrayList<>(loc);
        at.add(field);
        return Problem.unprocessable(List.of(new Problem.Detail(at, msg, "value_error")));
    }
}
