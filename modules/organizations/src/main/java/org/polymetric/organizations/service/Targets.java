package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.organizations.api.Problem;

/**
 * Turns a requested access into a grant on a resource the caller sees. A studio or game that is
 * unknown, in another organization or out of the caller's sight is 404, as the seed lists for
 * invites and replace-ACL (so ids of things one may not see are not told apart from unknown ones);
 * so is a game named with a {@code studio_id} it does not belong to.
 */
@ApplicationScoped
public class Targets {
    @Inject
    StudioCatalog studios;

    @Inject
    GameCatalog games;

    public Grant grant(Reach reach, NewAcl acl) {
        long id = switch (acl.resource()) {
            case ORGANIZATION -> reach.organizationId();
            case STUDIO -> studios.get(reach, acl.studioId()).getId();
            case GAME -> {
                Game game = games.get(reach, acl.gameId());
                if (acl.studioId() != null && !acl.studioId().equals(game.getStudioId())) {
                    throw Problem.notFound();
                }
                yield game.getId();
            }
        };
        return new Grant(acl.resource(), id, acl.level());
    }
}
