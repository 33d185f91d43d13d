package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Adds one grant to a user's access in an organization, keeping GameAnalytics' shape: an
 * organization grant replaces the user's studio and game grants there; a grant on a resource the
 * user already holds raises the level, never lowers it. Callers check permissions and conflicts
 * first, and own the transaction.
 */
@ApplicationScoped
public class AccessGrants {
    @Inject
    EntityManager em;

    public void add(long userId, long organizationId, Grant grant) {
        List<Access> current = em.createQuery("SELECT a FROM Access a WHERE a.userId = :u AND a.organizationId = :o", Access.class)
                .setParameter("u", userId).setParameter("o", organizationId).getResultList();
        if (grant.resource() == ResourceType.ORGANIZATION) {
            current.stream().filter(a -> a.getResource() != ResourceType.ORGANIZATION).forEach(em::remove);
        }
        for (Access a : current) {
            if (a.getResource() == grant.resource() && a.getResourceId() == grant.resourceId()) {
                if (grant.level().compareTo(a.getLevel()) > 0) {
                    a.setLevel(grant.level());
                }
                em.flush();
                return;
            }
        }
        em.persist(new Access(userId, organizationId, grant.resource(), grant.resourceId(), grant.level(), Instant.now()));
        em.flush();
    }
}
