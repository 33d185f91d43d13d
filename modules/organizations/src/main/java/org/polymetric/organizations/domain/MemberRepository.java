package org.polymetric.organizations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.User;

/** The people of an organization: everyone holding a grant on it or on anything inside it. */
@ApplicationScoped
public class MemberRepository {
    @Inject
    EntityManager em;

    /** Every member, in user id order. Organizations have hundreds of people, not millions. */
    public List<Member> all(long organizationId) {
        List<Access> grants = em.createQuery("SELECT a FROM Access a WHERE a.organizationId = :org ORDER BY a.userId, a.id", Access.class)
                .setParameter("org", organizationId).getResultList();
        Map<Long, List<Access>> byUser = new LinkedHashMap<>();
        grants.forEach(a -> byUser.computeIfAbsent(a.getUserId(), k -> new java.util.ArrayList<>()).add(a));
        if (byUser.isEmpty()) {
            return List.of();
        }
        Map<Long, User> users = new LinkedHashMap<>();
        em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class).setParameter("ids", List.copyOf(byUser.keySet()))
                .getResultList().forEach(u -> users.put(u.getId(), u));
        return byUser.entrySet().stream().filter(e -> users.containsKey(e.getKey()))
                .map(e -> new Member(users.get(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    public Optional<Member> find(long organizationId, long userId) {
        List<Access> grants = em.createQuery("SELECT a FROM Access a WHERE a.organizationId = :org AND a.userId = :user ORDER BY a.id", Access.class)
                .setParameter("org", organizationId).setParameter("user", userId).getResultList();
        if (grants.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(User.class, userId)).map(u -> new Member(u, grants));
    }

    /** Replaces the user's grants in the organization. Callers own the transaction and the checks. */
    public List<Access> replace(long organizationId, long userId, List<Access> grants) {
        em.createQuery("DELETE FROM Access a WHERE a.organizationId = :org AND a.userId = :user")
                .setParameter("org", organizationId).setParameter("user", userId).executeUpdate();
        em.flush();
        grants.forEach(em::persist);
        em.flush();
        return grants;
    }
}
