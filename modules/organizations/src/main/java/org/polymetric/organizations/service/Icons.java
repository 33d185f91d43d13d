package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.domain.Icon;
import org.polymetric.organizations.domain.IconRepository;

/** Icons of the organization, its studios and games: admins upload, anyone who sees the thing reads. */
@ApplicationScoped
public class Icons {
    @Inject
    IconRepository icons;

    @Inject
    GameCatalog games;

    @Inject
    StudioCatalog studios;

    @Inject
    Guard guard;

    /** Stores the icon of a visible entity (404 otherwise) that the caller administers (403 otherwise). */
    @Transactional
    public void upload(Reach reach, ResourceType type, long id, Icon icon) {
        see(reach, type, id);
        guard.require(Permissions.of(type, AccessLevel.ADMIN, id));
        icons.store(type, id, icon);
    }

    /** The icon of a visible entity; 404 when it is not visible or has none. */
    public Icon get(Reach reach, ResourceType type, long id) {
        see(reach, type, id);
        return icons.find(type, id).orElseThrow(Problem::notFound);
    }

    /** Which of the given entities have an icon (the caller has already listed them, so sees them). */
    public Set<Long> withIcons(ResourceType type, Collection<Long> ids) {
        return icons.withIcons(type, ids);
    }

    private void see(Reach reach, ResourceType type, long id) {
        switch (type) {
            case ORGANIZATION -> {
                if (id != reach.organizationId()) {
                    throw Problem.notFound();
                }
            }
            case STUDIO -> studios.get(reach, id);
            case GAME -> games.get(reach, id);
        }
    }
}
