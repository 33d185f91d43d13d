package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import org.polymetric.kernel.config.PasswordPolicy;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Creates organizations with their primary owner. Portal administrators call
 * {@link #create}; the first run calls {@link #bootstrap} before anyone can sign in.
 */
@ApplicationScoped
public class OrganizationProvisioning {

    @Inject
    AccessGuard guard;

    @Inject
    IdentityDirectory identities;

    /**
     * A new organization whose primary owner is the user with {@code ownerEmail}: an existing
     * user keeps their password (the one given is ignored), a new one gets {@code ownerPassword}.
     */
    @Transactional
    public Organization create(String name, String ownerEmail, String ownerPassword) {
        guard.require(Permissions.PORTAL_ADMIN);
        String orgName = checkName(name);
        String email = checkEmail(ownerEmail);
        User owner = identities.userByEmail(email).orElseGet(() -> {
            if (!PasswordPolicy.accepts(ownerPassword)) {
                throw new BadRequestException("owner.password: " + PasswordPolicy.describe());
            }
            return identities.add(new User(email, PasswordHasher.hash(ownerPassword), Instant.now()));
        });
        return grantPrimaryOwner(orgName, owner);
    }

    /**
     * The first organization and its primary owner, who also administers the portal; a generated
     * password ({@code mustChangePassword}) has to be changed at the first sign-in in the browser.
     */
    @Transactional
    public Organization bootstrap(String name, String email, String password, boolean mustChangePassword) {
        User owner = identities.add(new User(email, PasswordHasher.hash(password), Instant.now()));
        owner.setPortalAdmin(true);
        owner.setMustChangePassword(mustChangePassword);
        return grantPrimaryOwner(name, owner);
    }

    private Organization grantPrimaryOwner(String name, User owner) {
        Instant now = Instant.now();
        Organization org = identities.add(new Organization(name, now));
        identities.add(new Access(owner.getId(), org.getId(), ResourceType.ORGANIZATION, org.getId(), AccessLevel.PRIMARY_OWNER, now));
        return org;
    }

    static String checkName(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 191) {
            throw new BadRequestException("name: an organization name has 1 to 191 characters");
        }
        return n;
    }

    static String checkEmail(String email) {
        return EmailAddress.parse(email).orElseThrow(() -> new BadRequestException("owner.email: expected an e-mail address"));
    }
}
