package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import org.polymetric.kernel.config.PasswordPolicy;

/**
 * Accepting an invite, which only its address can do. Someone who already has an account accepts
 * while signed in as that account; anyone else proves they read the address's mail by following
 * the mailed link, and creates the account from it. Either way the invited access is granted and
 * the invite closes: a link works once.
 */
@ApplicationScoped
public class InviteAcceptance {
    @Inject
    InviteLinks links;

    @Inject
    EntityManager em;

    @Inject
    IdentityDirectory identities;

    @Inject
    AccessGrants grants;

    /** The open invite a link names; 404 for an unknown, used or expired link. */
    public Invite open(String token) {
        return links.find(token).filter(i -> i.isOpen(Instant.now())).orElseThrow(InviteAcceptance::gone);
    }

    /** Whether the invited address already has an account (then it accepts by signing in). */
    public boolean hasAccount(Invite invite) {
        return identities.userByEmail(invite.getEmail()).isPresent();
    }

    /** Whether the signed-in user {@code userId} is the one the invite is for. */
    public boolean isFor(Invite invite, long userId) {
        return identities.user(userId).map(u -> u.getEmail().equals(invite.getEmail())).orElse(false);
    }

    /** The signed-in user {@code userId} accepts; 403 when the invite is for another address. */
    @Transactional
    public void accept(String token, long userId) {
        Invite invite = locked(token);
        if (!isFor(invite, userId)) {
            throw new ForbiddenException("This invitation is for another e-mail address");
        }
        close(invite, userId);
    }

    /**
     * Creates the invited address's account (following the mailed link is the proof that the
     * address is theirs) and accepts; returns the address. 400 when the address has an account
     * already or the password does not meet the policy; nothing changes then.
     */
    @Transactional
    public String join(String token, String firstName, String lastName, String password) {
        Invite invite = locked(token);
        if (hasAccount(invite)) {
            throw new BadRequestException("This address has an account: sign in to accept");
        }
        if (!PasswordPolicy.accepts(password)) {
            throw new BadRequestException(PasswordPolicy.describe());
        }
        User created = new User(invite.getEmail(), PasswordHasher.hash(password), Instant.now());
        created.setFirstName(trim(firstName, 100));
        created.setLastName(trim(lastName, 100));
        close(invite, identities.add(created).getId());
        return created.getEmail();
    }

    /** The open invite, locked until the transaction ends so that two accepts cannot both use it. */
    private Invite locked(String token) {
        Invite found = links.find(token).orElseThrow(InviteAcceptance::gone);
        Invite invite = em.find(Invite.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (invite == null) {
            throw gone();
        }
        em.refresh(invite);
        if (!invite.isOpen(Instant.now())) {
            throw gone();
        }
        return invite;
    }

    private void close(Invite invite, long userId) {
        grants.add(userId, invite.getOrganizationId(), invite.grant());
        invite.setAcceptedAt(Instant.now());
    }

    private static NotFoundException gone() {
        return new NotFoundException("This invitation does not exist, was used already, or has expired");
    }

    private static String trim(String s, int max) {
        String t = s == null ? "" : s.trim();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
