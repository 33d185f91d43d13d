package org.polymetric.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failures for one account, or
 * {@link #PER_ADDRESS} from one client address, within {@link #WINDOW}, further attempts are
 * refused until the window slides past them. Counted in the database so every instance agrees.
 */
@ApplicationScoped
public class LoginThrottle {
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    EntityManager em;

    /** True when this account or address has failed too often lately. */
    public boolean isBlocked(String account, String address) {
        LocalDateTime since = since();
        long byAccount = count("account", normal(account), since);
        return byAccount >= PER_ACCOUNT || count("address", address, since) >= PER_ADDRESS;
    }

    @Transactional
    public void recordFailure(String account, String address) {
        em.createNativeQuery("INSERT INTO login_failure (account, address, failed_at) VALUES (?, ?, ?)")
                .setParameter(1, normal(account)).setParameter(2, address)
                .setParameter(3, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM login_failure WHERE failed_at < ?")
                .setParameter(1, since()).executeUpdate();
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    @Transactional
    public void recordSuccess(String account) {
        em.createNativeQuery("DELETE FROM login_failure WHERE account = ?").setParameter(1, normal(account)).executeUpdate();
    }

    private long count(String column, String value, LocalDateTime since) {
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM login_failure WHERE " + column + " = ? AND failed_at >= ?")
                .setParameter(1, value).setParameter(2, since).getSingleResult();
        return ((Number) n).longValue();
    }

    private static LocalDateTime since() {
        return LocalDateTime.ofInstant(Instant.now().minus(WINDOW), ZoneOffset.UTC);
    }

    private static String normal(String account) {
        String a = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        return a.length() > 191 ? a.substring(0, 191) : a;
    }
}
