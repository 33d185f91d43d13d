package org.polymetric.organizations.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.service.CallerOrganization;

/**
 * Which organization a page is about, and what the signed-in person may do there. Pages name the
 * organization with {@code organization_id} (optional for people in one organization); pages
 * about one studio, game or person find it from that.
 */
@ApplicationScoped
public class PageContext {
    @Inject
    CallerOrganization caller;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    AccessGuard guard;

    /** The caller's reach in the named (or only) organization; a themed 404 otherwise. */
    public Reach reach(String organizationParam) {
        return caller.reach(id(organizationParam));
    }

    /** The caller's reach in the organization holding a studio or game; 404 when it is unknown or out of reach. */
    public Reach reachOf(ResourceType type, long id) {
        long org = tenancy.locate(type, id).orElseThrow(Problem::notFound).organizationId();
        return caller.reach(org);
    }

    public Organization organization(Reach reach) {
        return tenancy.organization(reach.organizationId()).orElseThrow(Problem::notFound);
    }

    /** Whether the caller holds {@code level} on a resource: pages show a form only to those who may send it. */
    public boolean can(ResourceType type, AccessLevel level, long id) {
        return guard.can(Permissions.of(type, level, id));
    }

    /** A positive id from a query or form field, or null when absent or not one. */
    public static Long id(String text) {
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(text.trim());
        return id >= 1 ? id : null;
    }
}
