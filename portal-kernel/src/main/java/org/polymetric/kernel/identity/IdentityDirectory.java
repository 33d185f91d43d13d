package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and stores users, their grants and their tokens. */
@ApplicationScoped
public class IdentityDirectory {
    @Inject
    EntityManager em;

    public Optional<User> user(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /**
     * The account of an address, compared in its normal form and exactly: the column's binary
     * collation already refuses accent- and case-folded matches, and the check here keeps that
     * true on a database whose column was not migrated.
     */
    public Optional<User> userByEmail(String email) {
        String normal = EmailAddress.normal(email);
        return em.createNamedQuery("User.byEmail", User.class).setParameter("email", normal)
                .getResultStream().filter(u -> u.getEmail().equals(normal)).findFirst();
    }

    public long userCount() {
        return em.createNamedQuery("User.count", Long.class).getSingleResult();
    }

    public List<Access> accessOf(long userId) {
        return em.createNamedQuery("Access.byUser", Access.class).setParameter("userId", userId).getResultList();
    }

    /**
     * A token, its owner, the owner's grants and the tenancy version of the token's organization,
     * read in one round trip: every token call needs the first three, and most the fourth.
     */
    public record TokenOwner(ApiToken token, User owner, List<Access> grants, long tenancyVersion) {
    }

    public Optional<TokenOwner> tokenWithOwner(String hash) {
        List<Object[]> rows = em.createNamedQuery("ApiToken.withOwner", Object[].class).setParameter("hash", hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Access> grants = rows.stream().map(row -> (Access) row[2]).filter(a -> a != null).toList();
        Object[] first = rows.get(0);
        return Optional.of(new TokenOwner((ApiToken) first[0], (User) first[1], grants, ((Number) first[3]).longValue()));
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
