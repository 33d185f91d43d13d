package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import org.polymetric.kernel.config.PasswordPolicy;

/** A signed-in user changes their password: the current one first, the new one twice, the policy. */
@ApplicationScoped
public class PasswordChange {
    @Inject
    IdentityDirectory identities;

    /** Changes it, or 400 naming what is wrong (nothing changed then). */
    @Transactional
    public void change(long userId, String current, String next, String repeated) {
        User user = identities.user(userId).orElseThrow(() -> new BadRequestException("No such account"));
        if (!PasswordHasher.matches(current == null ? "" : current, user.getPasswordHash())) {
            throw new WrongCurrentPassword();
        }
        if (current.equals(next)) {
            throw new BadRequestException("The new password is the current one");
        }
        set(user, next, repeated);
    }

    /** The current password given is not the user's: a guess, which the caller counts like a failed sign-in. */
    public static final class WrongCurrentPassword extends BadRequestException {
        WrongCurrentPassword() {
            super("The current password is not right");
        }
    }

    /** Sets a new password (checked against the policy and its repetition) and lifts "must change". */
    static void set(User user, String next, String repeated) {
        if (!PasswordPolicy.accepts(next)) {
            throw new BadRequestException("The new password does not meet the rule: " + PasswordPolicy.describe());
        }
        if (!next.equals(repeated)) {
            throw new BadRequestException("The two new passwords differ");
        }
        user.setPasswordHash(PasswordHasher.hash(next));
        user.setMustChangePassword(false);
    }
}
