package org.polymetric.organizations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.identity.Invite;

/** Invites of one organization. */
@ApplicationScoped
public class InviteRepository {
    @Inject
    EntityManager em;

    /** Invites not yet accepted nor expired for one address. */
    public List<Invite> pending(long organizationId, String email, Instant now) {
        return em.createNamedQuery("Invite.pending", Invite.class).setParameter("org", organizationId)
                .setParameter("email", email).setParameter("now", now).getResultList();
    }

    /** Every invite not yet accepted nor expired, newest first. */
    public List<Invite> open(long organizationId, Instant now) {
        return em.createQuery("SELECT i FROM Invite i WHERE i.organizationId = :org AND i.acceptedAt IS NULL "
                        + "AND i.expiresAt > :now ORDER BY i.createdAt DESC, i.id DESC", Invite.class)
                .setParameter("org", organizationId).setParameter("now", now).getResultList();
    }

    public Optional<Invite> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(Invite.class, id)).filter(i -> i.getOrganizationId() == organizationId);
    }

    public void add(Invite invite) {
        em.persist(invite);
        em.flush();
    }

    public void remove(Invite invite) {
        em.remove(invite);
    }
}
