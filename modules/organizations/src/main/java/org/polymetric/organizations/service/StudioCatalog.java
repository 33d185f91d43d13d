package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.StudioQuery;
import org.polymetric.organizations.domain.StudioRepository;

/** Lists, reads and creates studios for the caller. */
@ApplicationScoped
public class StudioCatalog {
    @Inject
    StudioRepository studios;

    @Inject
    Guard guard;

    public Slice<Studio> list(StudioQuery q) {
        return studios.list(q);
    }

    /** A visible studio, or 404. */
    public Studio get(Reach reach, long id) {
        return studios.find(id).filter(s -> studios.visible(reach, s)).orElseThrow(Problem::notFound);
    }

    /** A new studio; creating studios takes admin on the organization (403 otherwise). */
    @Transactional
    public Studio create(Reach reach, String name) {
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, reach.organizationId()));
        return studios.add(new Studio(reach.organizationId(), name, Instant.now()));
    }

    /** Renames a visible studio (404 otherwise); takes admin on the studio (403 otherwise). */
    @Transactional
    public Studio rename(Reach reach, long id, String name) {
        Studio studio = get(reach, id);
        guard.require(Permissions.of(ResourceType.STUDIO, AccessLevel.ADMIN, id));
        studio.setName(name);
        return studio;
    }

    /**
     * Archives or restores a visible studio; takes admin on the organization, because archiving
     * closes the studio to new games for everyone in it.
     */
    @Transactional
    public Studio archive(Reach reach, long id, boolean archived) {
        Studio studio = get(reach, id);
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, reach.organizationId()));
        if (studio.isArchived() != archived) {
            studio.setArchived(archived, Instant.now());
        }
        return studio;
    }
}
