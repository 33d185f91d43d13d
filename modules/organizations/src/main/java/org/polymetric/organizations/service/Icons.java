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

    @Inject
    CallerOrganization caller;

    /**
     * Before an API upload's body is read (it names the entity, so the full check comes after):
     * 403 unless the caller administers something in the organization, so nobody else gets a
     * megabyte read and parsed.
     */
    public void requireSomeAdministration(Reach reach) {
        if (caller.administered(reach).isEmpty()) {
            throw Problem.forbidden("You do not administer anything here that could have an icon");
        }
    }

    /** Before a page upload's body is read: the entity is visible (404 otherwise) and the caller administers it (403 otherwise). */
    public void requireUpload(Reach reach, ResourceType type, long id) {
        see(reach, type, id);
        guard.require(Permissions.of(type, AccessLevel.ADMIN, id));
    }

    /** Stores the icon of a visible entity (404 otherwise) that the caller administers (403 otherwise). */
    @Transactional
    public void upload(Reach reach, ResourceType type, long id, Icon icon) {
        requireUpload(reach, type, id);
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
