package org.polymetric.kernel.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.polymetric.kernel.config.PublicAddress;
import org.polymetric.kernel.mail.Mailer;

/**
 * Password reset by e-mail. A request answers alike whatever the address (no account
 * enumeration; the mail goes out on another thread so that timing tells nothing either); an
 * address with an account gets a link that works once and for {@link #VALID_FOR}. Requests are
 * counted per client address and per address asked for, and past the limits nothing is mailed.
 */
@ApplicationScoped
public class PasswordResets {
    public static final Duration VALID_FOR = Duration.ofHours(1);
    public static final int PER_CLIENT_ADDRESS = 10;
    public static final int PER_EMAIL = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final String PATH = "/password-reset/";

    @Inject
    EntityManager em;

    @Inject
    IdentityDirectory identities;

    @Inject
    Mailer mailer;

    @Inject
    PublicAddress publicAddress;

    @Resource
    ManagedExecutorService executor;

    /** Records the request and, within the limits and for an existing account, mails the link. */
    @Transactional
    public void request(String typedEmail, String clientAddress, URI requestBase) {
        String email = EmailAddress.parse(typedEmail).orElse(null);
        Instant now = Instant.now();
        if (email == null || count("PasswordReset.countByAddress", "address", clientAddress, now) >= PER_CLIENT_ADDRESS) {
            return;
        }
        boolean overLimit = count("PasswordReset.countByEmail", "email", email, now) >= PER_EMAIL;
        User user = identities.userByEmail(email).filter(u -> !u.isDisabled() && !overLimit).orElse(null);
        LinkSecret link = user == null ? null : LinkSecret.generate();
        em.persist(new PasswordReset(email, clientAddress, user, link, now, now.plus(VALID_FOR)));
        em.createNamedQuery("PasswordReset.purge").setParameter("before", now.minus(Duration.ofDays(1))).executeUpdate();
        if (link != null) {
            URI address = publicAddress.link(requestBase, PATH + link.value());
            executor.execute(() -> mailer.send(email, "Reset your Polymetric password",
                    "Someone (hopefully you) asked to reset the password of " + email + " on Polymetric.\n\n"
                            + "Choose a new password here:\n" + address + "\n\nThe link works once and expires in "
                            + VALID_FOR.toMinutes() + " minutes. If you did not ask, ignore this mail: your password stays as it is.\n"));
        }
    }

    /** Checks that a link may still be used (to show its form); 404 when it is unknown, used or expired. */
    public void requireOpen(String token) {
        find(token).filter(r -> r.isOpen(Instant.now())).orElseThrow(PasswordResets::gone);
    }

    /**
     * Sets the new password (policy and repetition checked: 400, and the link stays usable) and
     * closes every open link of the account; returns the account's address. 404 for a link that
     * is unknown, used or expired.
     */
    @Transactional
    public String reset(String token, String next, String repeated) {
        PasswordReset found = find(token).orElseThrow(PasswordResets::gone);
        PasswordReset reset = em.find(PasswordReset.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(reset);
        Instant now = Instant.now();
        if (!reset.isOpen(now)) {
            throw gone();
        }
        User user = identities.user(reset.getUserId()).filter(u -> !u.isDisabled()).orElseThrow(PasswordResets::gone);
        PasswordChange.set(user, next, repeated);
        em.createNamedQuery("PasswordReset.openOfUser", PasswordReset.class).setParameter("userId", user.getId())
                .getResultList().forEach(r -> r.setUsedAt(now));
        return user.getEmail();
    }

    private Optional<PasswordReset> find(String token) {
        return LinkSecret.hashOf(token).flatMap(hash -> em.createNamedQuery("PasswordReset.byTokenHash", PasswordReset.class)
                .setParameter("hash", hash).getResultStream().findFirst());
    }

    private long count(String query, String parameter, String value, Instant now) {
        return em.createNamedQuery(query, Long.class).setParameter(parameter, value)
                .setParameter("since", now.minus(WINDOW)).getSingleResult();
    }

    private static NotFoundException gone() {
        return new NotFoundException("This link does not exist, was used already, or has expired");
    }
}
