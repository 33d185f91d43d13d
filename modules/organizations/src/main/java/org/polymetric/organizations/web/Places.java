package org.polymetric.organizations.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.organizations.domain.GameQuery;
import org.polymetric.organizations.domain.Sort;
import org.polymetric.organizations.domain.StudioQuery;
import org.polymetric.organizations.service.GameCatalog;
import org.polymetric.organizations.service.StudioCatalog;

/**
 * The studios and games a page lists in its access selects. Selects stop at {@link #LIMIT} of
 * each (a longer list is unusable in a select; the API takes any id).
 */
@ApplicationScoped
public class Places {
    static final int LIMIT = 1000;

    @Inject
    PageContext context;

    @Inject
    StudioCatalog studios;

    @Inject
    GameCatalog games;

    /** Everything the caller sees, to name existing grants. */
    public AccessChoices all(Reach reach) {
        return new AccessChoices(context.organization(reach), true, visibleStudios(reach), visibleGames(reach));
    }

    /** What the caller may hand out: the places they administer. */
    public AccessChoices grantable(Reach reach) {
        boolean orgAdmin = context.can(ResourceType.ORGANIZATION, AccessLevel.ADMIN, reach.organizationId());
        List<Studio> s = visibleStudios(reach).stream().filter(x -> context.can(ResourceType.STUDIO, AccessLevel.ADMIN, x.getId())).toList();
        List<Game> g = visibleGames(reach).stream().filter(x -> context.can(ResourceType.GAME, AccessLevel.ADMIN, x.getId())).toList();
        return new AccessChoices(context.organization(reach), orgAdmin, s, g);
    }

    private List<Studio> visibleStudios(Reach reach) {
        return studios.list(new StudioQuery(reach, null, new Sort("name", false), 0, LIMIT)).items();
    }

    private List<Game> visibleGames(Reach reach) {
        return games.list(new GameQuery(reach, null, null, new Sort("title", false), 0, LIMIT)).items();
    }
}
