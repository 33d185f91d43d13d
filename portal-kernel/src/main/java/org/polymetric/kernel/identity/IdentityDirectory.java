package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and stores users, their grants and their tokens. */
@ApplicationScoped
public class IdentityDirectory {
    @Inject
    EntityManager em;

    public Optional<User> user(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public Optional<User> userByEmail(String email) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public long userCount() {
        return em.createNamedQuery("User.count", Long.class).getSingleResult();
    }

    public List<Access> accessOf(long userId) {
        return em.createNamedQuery("Access.byUser", Access.class).setParameter("userId", userId).getResultList();
    }

    public Optional<ApiToken> tokenByHash(String hash) {
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public Optional<ApiToken> token(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public List<ApiToken> activeTokensOf(long userId) {
        return em.createNamedQuery("ApiToken.byUser", ApiToken.class).setParameter("userId", userId).getResultList();
    }

    /** Remembers a successful sign-in (GameAnalytics' {@code last_logged_in_at}). */
    @Transactional
    public void recordLogin(long userId, Instant when) {
        user(userId).ifPresent(u -> u.setLastLoggedInAt(when));
    }

    /** Stores a new entity and returns it with its id. Callers own the transaction. */
    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** Attaches a changed entity. Callers own the transaction. */
    public <T> T save(T entity) {
        return em.merge(entity);
    }
}
