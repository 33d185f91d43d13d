package org.polymetric.portal.fuzz;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An organization the fuzz made for itself: one studio, one game, a Photon license, an open
 * invitation, an owner with a web session (cookie + CSRF token) and a pool of owner tokens used in turn (so the
 * portal's per-token rate limit stays out of the way), and the texts only this organization's
 * data contains ({@code markers}): another organization's caller must never see one.
 */
record Tenant(String name, long organization, long studio, long game, String gameKey, String secretKey,
              String license, long licenseId, long invite, String ownerEmail, long ownerId, String sessionCookie, String csrf,
              List<String> tokens, long spareToken, String channel, String stream, Set<String> markers,
              AtomicInteger next) {

    String token() {
        return tokens.get(Math.floorMod(next.getAndIncrement(), tokens.size()));
    }
}
