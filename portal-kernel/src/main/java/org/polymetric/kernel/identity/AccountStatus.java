package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.PortalPrincipal;

/**
 * Portal administrators disable an account (it can no longer sign in, its sessions end at their
 * next request and its tokens stop answering, on every instance, since both are checked against
 * the database) and enable it again. Grants and tokens are kept, so enabling restores the account
 * as it was.
 */
@ApplicationScoped
public class AccountStatus {

    @Inject
    AccessGuard guard;

    @Inject
    IdentityDirectory identities;

    /**
     * The account with {@code email}, now {@code disabled} or not. 404 for an unknown address,
     * 400 for the caller's own account (an administrator who locks themselves out needs the
     * database to come back).
     */
    @Transactional
    public User set(String email, boolean disabled) {
        PortalPrincipal caller = guard.require(Permissions.PORTAL_ADMIN);
        String address = EmailAddress.parse(email).orElseThrow(() -> new BadRequestException("email: expected an e-mail address"));
        User user = identities.userByEmail(address).orElseThrow(() -> new NotFoundException("No account has this e-mail address"));
        if (user.getId() == caller.userId()) {
            throw new BadRequestException("email: administrators cannot disable their own account");
        }
        user.setDisabled(disabled);
        return identities.save(user);
    }
}
