package org.polymetric.kernel.security;

import org.polymetric.kernel.identity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * Slows password guessing without locking anyone out. Failures are counted per account <em>and
 * client address</em> ({@link ClientAddress}): after {@link #PER_ACCOUNT} failures for one account
 * from one address, the next attempt from there must wait, twice as long after each further
 * failure ({@link #FIRST_DELAY} up to {@link #MAX_ACCOUNT_DELAY}); the account's owner signing in
 * from another address is not affected. {@link #PER_ADDRESS} failures from one address across
 * accounts slow that address the same way (up to {@link #MAX_ADDRESS_DELAY}), which stops one
 * password being tried on many accounts. Failures older than {@link #WINDOW} are forgotten.
 * Counted in the database so every instance of a cluster agrees.
 */
@ApplicationScoped
public class LoginThrottle {
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(4);
    public static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(5);
    public static final Duration MAX_ADDRESS_DELAY = Duration.ofMinutes(15);
    public static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    EntityManager em;

    /** Seconds this address must still wait before trying this account again; empty when it may try now. */
    public OptionalLong retryAfter(String account, String address) {
        Instant now = Instant.now();
        LocalDateTime since = utc(now.minus(WINDOW));
        Object[] pair = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(failed_at) FROM login_failure "
                        + "WHERE account = ? AND address = ? AND failed_at >= ?")
                .setParameter(1, normal(account)).setParameter(2, column(address)).setParameter(3, since).getSingleResult();
        Object[] byAddress = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(failed_at) FROM login_failure "
                        + "WHERE address = ? AND failed_at >= ?")
                .setParameter(1, column(address)).setParameter(2, since).getSingleResult();
        long wait = Math.max(wait(pair, PER_ACCOUNT, MAX_ACCOUNT_DELAY, now), wait(byAddress, PER_ADDRESS, MAX_ADDRESS_DELAY, now));
        return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
    }

    /** Seconds left of the delay that {@code count} failures, the last at {@code last}, earn. */
    static long wait(Object[] countAndLast, int free, Duration max, Instant now) {
        long count = ((Number) countAndLast[0]).longValue();
        if (count < free || countAndLast[1] == null) {
            return 0;
        }
        Instant last = lastFailure(countAndLast[1]);
        Duration delay = delay(count - free, max);
        long millis = Duration.between(now, last.plus(delay)).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** {@link #FIRST_DELAY} doubled {@code beyond} times, at most {@code max}. */
    static Duration delay(long beyond, Duration max) {
        if (beyond >= 30) {
            return max;
        }
        Duration d = FIRST_DELAY.multipliedBy(1L << beyond);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static Instant lastFailure(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    @Transactional
    public void recordFailure(String account, String address) {
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO login_failure (account, address, failed_at) VALUES (?, ?, ?)")
                .setParameter(1, normal(account)).setParameter(2, column(address)).setParameter(3, utc(now))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM login_failure WHERE failed_at < ?")
                .setParameter(1, utc(now.minus(WINDOW))).executeUpdate();
    }

    /**
     * A successful sign-in clears the failures of this account from this address, not those from
     * elsewhere: the owner signing in must not wipe the slate of someone guessing at their account.
     */
    @Transactional
    public void recordSuccess(String account, String address) {
        em.createNativeQuery("DELETE FROM login_failure WHERE account = ? AND address = ?")
                .setParameter(1, normal(account)).setParameter(2, column(address)).executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Addresses are IP literals (at most 39 characters); the column holds 64. */
    private static String column(String address) {
        String a = address == null ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    private static String normal(String account) {
        // the sign-in's own normal form: spellings that reach one account share one count
        String a = EmailAddress.normal(account);
        return a.length() > 191 ? a.substring(0, 191) : a;
    }
}
