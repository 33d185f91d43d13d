package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.polymetric.counters.domain.CheckedLicenseTerms;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.domain.LicenseTerms;
import org.polymetric.counters.store.LicenseStore;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Photon Server licenses of an organization: its viewers list and see them, its admins add them.
 * A license or organization the caller may not view reads as one that does not exist. A new
 * license gets a random hash in Photon's form, {@code 0x} and 32 hex digits.
 */
@ApplicationScoped
public class Licenses {
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

    /** The organization's licenses, newest first, when the caller may view it; empty otherwise. */
    public Optional<List<License>> listed(long organizationId) {
        return mayView(organizationId) ? Optional.of(store.of(organizationId)) : Optional.empty();
    }

    public boolean mayAdd(long organizationId) {
        return guard.can(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, organizationId));
    }

    /**
     * A license, for a caller who may view its organization.
     *
     * @throws CountersRefusal 404 for an unknown license and for one the caller may not see alike
     */
    public License shown(long id) {
        return store.byId(id).filter(l -> mayView(l.organizationId()))
                .orElseThrow(() -> CountersRefusal.notFound("no such license"));
    }

    /**
     * Checks a license the caller would add to the organization: who asks first, so that only its
     * admins learn what is wrong with the name or limit.
     *
     * @param ccuLimit the limit's text; null or blank: none
     * @return the terms to {@link #add}, or their problem
     * @throws CountersRefusal 404 unless the caller may view the organization
     * @throws jakarta.ws.rs.ForbiddenException (the kernel's) unless the caller administers it
     */
    public CheckedLicenseTerms terms(long organizationId, String name, String ccuLimit) {
        requireAdmin(organizationId);
        return LicenseTerms.check(name, ccuLimit);
    }

    /**
     * Adds a license with terms {@link #terms} passed.
     *
     * @throws CountersRefusal 404 unless the caller may view the organization
     * @throws jakarta.ws.rs.ForbiddenException (the kernel's) unless the caller administers it
     */
    public License add(long organizationId, LicenseTerms terms) {
        requireAdmin(organizationId);
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return store.add(organizationId, "0x" + HexFormat.of().formatHex(bytes), terms.name(), terms.ccuLimit());
    }

    private boolean mayView(long organizationId) {
        return guard.can(Permissions.viewOrganization(organizationId));
    }

    // 404 for those who cannot see the organization (as for one that does not exist), 403 for its other viewers
    private void requireAdmin(long organizationId) {
        requireViewer(organizationId);
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, organizationId));
    }

    private void requireViewer(long organizationId) {
        if (!mayView(organizationId)) {
            throw CountersRefusal.notFound("no such organization");
        }
    }
}
