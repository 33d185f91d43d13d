package org.polymetric.counters.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.service.Licenses;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.TenancyDirectory;

/**
 * The license a page is about, for a signed-in caller ({@link Licenses#shown} decides who sees
 * it); anything else, an id that is no number included, is the themed 404, so a page never tells
 * another organization's ids apart from unknown ones. (A game's pages use the kernel's
 * {@code PageGames}.)
 */
@ApplicationScoped
public class OnPage {
    @Inject
    AccessGuard guard;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    Licenses licenses;

    /** A license and the organization it belongs to. */
    public record LicenseShown(License license, Organization organization) {
    }

    public LicenseShown license(String rawId) {
        guard.requireUser();
        License l = licenses.shown(RequestText.whole(rawId, RequestText.ID_DIGITS).orElseThrow(NotFoundException::new));
        return new LicenseShown(l, tenancy.organization(l.organizationId()).orElseThrow(NotFoundException::new));
    }
}
