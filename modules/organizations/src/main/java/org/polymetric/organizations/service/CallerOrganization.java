package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.security.ReachFinder;
import org.polymetric.organizations.api.Problem;

/**
 * The organization a call is about. GameAnalytics keys belong to one organization, and so do
 * Polymetric tokens; a password or session caller in several organizations names one with
 * {@code organization_id}. Anything else is "not found", never a hint of other organizations.
 */
@ApplicationScoped
public class CallerOrganization {
    @Inject
    ReachFinder reaches;

    /** The caller's reach in the organization the call is about; 401 anonymous, 404 when none. */
    public Reach reach(Long named) {
        long org = reaches.organizationOf(named).orElseThrow(Problem::notFound);
        Reach reach = reaches.in(org);
        if (reach.isEmpty()) {
            throw Problem.notFound();
        }
        return reach;
    }

    /**
     * The part of {@code reach} the caller administers. A game's {@code secret_key} (the salt of
     * its checksums) is shown only there: a viewer who could read it could sign events as the game.
     */
    public Reach administered(Reach reach) {
        return reaches.in(reach.organizationId(), AccessLevel.ADMIN);
    }
}
