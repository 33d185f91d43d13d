package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.util.Optional;
import org.polymetric.kernel.config.PasswordPolicy;

/**
 * Accepting an invite: the invitee names themselves and sets a password (or, when the address
 * already has an account, keeps theirs), receives the invited access, and the invite closes.
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

    /** The open invite a link names; empty for a forged, used or expired link. */
    public Optional<Invite> open(String token) {
        return links.verify(token).map(id -> em.find(Invite.class, id)).filter(i -> i != null && i.isOpen(Instant.now()));
    }

    /** Whether the invited address already has an account (then no password is asked). */
    public boolean hasAccount(Invite invite) {
        return identities.userByEmail(invite.getEmail()).isPresent();
    }

    /**
     * Accepts; returns the user's e-mail address. A new account needs a name and a password that
     * meets the policy (400 otherwise, nothing changed).
     */
    @Transactional
    public String accept(String token, String firstName, String lastName, String password) {
        Invite invite = open(token).orElseThrow(() -> new BadRequestException("This invitation is no longer valid"));
        User user = identities.userByEmail(invite.getEmail()).orElseGet(() -> {
            if (!PasswordPolicy.accepts(password)) {
                throw new BadRequestException(PasswordPolicy.describe());
            }
            User created = new User(invite.getEmail(), PasswordHasher.hash(password), Instant.now());
            created.setFirstName(trim(firstName, 100));
            created.setLastName(trim(lastName, 100));
            return identities.add(created);
        });
        grants.add(user.getId(), invite.getOrganizationId(), invite.grant());
        em.find(Invite.class, invite.getId()).setAcceptedAt(Instant.now());
        return user.getEmail();
    }

    private static String trim(String s, int max) {
        String t = s == null ? "" : s.trim();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
