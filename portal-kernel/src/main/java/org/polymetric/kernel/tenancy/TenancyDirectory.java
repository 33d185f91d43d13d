package org.polymetric.kernel.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the tenancy tree: what contains what, and the organizations, studios and games by id. */
@ApplicationScoped
public class TenancyDirectory {
    @Inject
    EntityManager em;

    /** Where a resource sits, or empty when it does not exist. */
    public Optional<Containment> locate(ResourceType type, long id) {
        return switch (type) {
            case ORGANIZATION -> Optional.ofNullable(em.find(Organization.class, id))
                    .map(o -> new Containment(o.getId(), null, null));
            case STUDIO -> Optional.ofNullable(em.find(Studio.class, id))
                    .map(s -> new Containment(s.getOrganizationId(), s.getId(), null));
            case GAME -> Optional.ofNullable(em.find(Game.class, id))
                    .map(g -> new Containment(g.getOrganizationId(), g.getStudioId(), g.getId()));
        };
    }

    /** Where each of these games sits, in one query; unknown ids are left out. */
    public Map<Long, Containment> locateGames(Collection<Long> gameIds) {
        if (gameIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Containment> places = new HashMap<>();
        em.createQuery("SELECT g.id, g.studioId, g.organizationId FROM Game g WHERE g.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(gameIds)).getResultList()
                .forEach(row -> places.put((Long) row[0], new Containment((Long) row[2], (Long) row[1], (Long) row[0])));
        return places;
    }

    public Optional<Organization> organization(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    public Optional<Studio> studio(long id) {
        return Optional.ofNullable(em.find(Studio.class, id));
    }

    public Optional<Game> game(long id) {
        return Optional.ofNullable(em.find(Game.class, id));
    }

    public Optional<Game> gameByKey(String key) {
        return em.createNamedQuery("Game.byKey", Game.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public List<Organization> allOrganizations() {
        return em.createNamedQuery("Organization.all", Organization.class).getResultList();
    }

    public List<Organization> organizations(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createNamedQuery("Organization.byIds", Organization.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Studio> studiosOf(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : em.createNamedQuery("Studio.byOrganizations", Studio.class)
                .setParameter("ids", organizationIds).getResultList();
    }

    public List<Game> gamesOf(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : em.createNamedQuery("Game.byOrganizations", Game.class)
                .setParameter("ids", organizationIds).getResultList();
    }
}
