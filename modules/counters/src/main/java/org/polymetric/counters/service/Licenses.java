package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.store.LicenseStore;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Photon Server licenses of an organization: its viewers list them, its admins add them. A new
 * license gets a random hash in Photon's form, {@code 0x} and 32 hex digits.
 */
@ApplicationScoped
public class Licenses {
    public static final int MAX_NAME = 191;
    /** Digits a CCU limit is read with: it is an int. */
    public static final int LIMIT_DIGITS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LicenseStore store;

    @Inject
    AccessGuard guard;

    /**
     * The organization's licenses, newest first.
     *
     * @throws CountersRefusal 404 unless the caller may view the organization
     */
    public List<License> of(long organizationId) {
        requireViewer(organizationId);
        return store.of(organizationId);
    }

    public boolean mayAdd(long organizationId) {
        return guard.can(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, organizationId));
    }

    /**
     * Adds a license. The name must be given (at most {@link #MAX_NAME} characters); the CCU limit
     * is optional and positive.
     *
     * @throws CountersRefusal 404 unless the caller may view the organization; 400 for a name or limit out of bounds
     * @throws jakarta.ws.rs.ForbiddenException (the kernel's) unless the caller administers it
     */
    public License add(long organizationId, String name, Integer ccuLimit) {
        requireViewer(organizationId);
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, organizationId));
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw CountersRefusal.badRequest("name must be 1 to " + MAX_NAME + " characters");
        }
        if (ccuLimit != null && ccuLimit < 1) {
            throw CountersRefusal.badRequest("ccu_limit must be a positive number");
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return store.add(organizationId, "0x" + HexFormat.of().formatHex(bytes), n, ccuLimit);
    }

    /** A license by id, whoever asks (callers check access). */
    public Optional<License> byId(long id) {
        return store.byId(id);
    }

    // an organization the caller cannot see reads as one that does not exist
    private void requireViewer(long organizationId) {
        if (!guard.can(Permissions.viewOrganization(organizationId))) {
            throw CountersRefusal.notFound("no such organization");
        }
    }
}
