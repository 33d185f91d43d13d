package org.polymetric.kernel.security;

import java.io.Serializable;
import org.polymetric.kernel.identity.Grant;

/**
 * Who is calling: a user, and when they came with an API token, that token's id, scope and
 * organization. Kept
 * in the web session, so it is small and serializable (sessions replicate across a cluster).
 */
public record PortalPrincipal(long userId, String email, Long tokenId, Grant tokenScope, Long tokenOrganizationId)
        implements Serializable {

    public static PortalPrincipal user(long userId, String email) {
        return new PortalPrincipal(userId, email, null, null, null);
    }

    public boolean viaToken() {
        return tokenId != null;
    }

    @Override
    public String toString() {
        return viaToken() ? email + " (token " + tokenId + ")" : email;
    }
}
