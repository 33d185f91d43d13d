package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.TenancyDirectory;

/**
 * Creates, lists and revokes a user's API tokens. A token is made only by its owner in person
 * (password or session, never another token), at a level the owner holds on the scope.
 */
@ApplicationScoped
public class TokenService {
    public static final int NAME_MAX = 100;

    @Inject
    AccessGuard guard;

    @Inject
    IdentityDirectory identities;

    @Inject
    TenancyDirectory tenancy;

    /** A new token and its secret, which is not stored and cannot be shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued create(String name, Grant scope) {
        PortalPrincipal me = inPerson();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new BadRequestException("name: a token name has 1 to " + NAME_MAX + " characters");
        }
        if (scope.level() == AccessLevel.PRIMARY_OWNER) {
            throw new BadRequestException("level: one of owner, admin, viewer");
        }
        if (!guard.can(Permissions.of(scope.resource(), scope.level(), scope.resourceId()))) {
            throw new ForbiddenException("A token's level cannot exceed yours: you do not hold " + scope.level().word()
                    + " on " + scope.resource().word() + " " + scope.resourceId());
        }
        Containment place = tenancy.locate(scope.resource(), scope.resourceId()).orElseThrow(NotFoundException::new);
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = identities.add(new ApiToken(me.userId(), trimmed, secret, place.organizationId(), scope, Instant.now()));
        return new Issued(token, secret.value());
    }

    public List<ApiToken> mine() {
        return identities.activeTokensOf(guard.requireUser().userId());
    }

    /** Revokes one of the caller's tokens; another user's token is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        PortalPrincipal me = guard.requireUser();
        ApiToken token = identities.token(tokenId)
                .filter(t -> t.getUserId() == me.userId() && t.getRevokedAt() == null)
                .orElseThrow(() -> new NotFoundException("No such token"));
        token.setRevokedAt(Instant.now());
        identities.save(token);
    }

    private PortalPrincipal inPerson() {
        PortalPrincipal me = guard.requireUser();
        if (me.viaToken()) {
            throw new ForbiddenException("Tokens are created with your password or from a signed-in session, not with another token");
        }
        return me;
    }
}
