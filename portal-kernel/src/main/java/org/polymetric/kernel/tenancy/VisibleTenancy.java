package org.polymetric.kernel.tenancy;

import java.util.Collection;
import java.util.List;
import org.polymetric.kernel.identity.Grant;

/**
 * The part of the tenancy tree a user's grants reach: an organization grant shows everything in
 * it, a studio grant that studio and its games, a game grant that game (and its studio's name).
 */
public record VisibleTenancy(List<OrganizationNode> organizations) {

    public record OrganizationNode(Organization organization, List<StudioNode> studios) {
    }

    public record StudioNode(Studio studio, List<Game> games) {
    }

    public static VisibleTenancy of(Collection<Grant> grants, List<Organization> organizations,
                                    List<Studio> studios, List<Game> games) {
        List<OrganizationNode> orgNodes = organizations.stream()
                .map(o -> new OrganizationNode(o, studios.stream()
                        .filter(s -> s.getOrganizationId().equals(o.getId()))
                        .map(s -> new StudioNode(s, games.stream()
                                .filter(g -> g.getStudioId().equals(s.getId()))
                                .filter(g -> covers(grants, new Containment(g.getOrganizationId(), g.getStudioId(), g.getId())))
                                .toList()))
                        .filter(n -> !n.games().isEmpty()
                                || covers(grants, new Containment(o.getId(), n.studio().getId(), null)))
                        .toList()))
                .toList();
        return new VisibleTenancy(orgNodes);
    }

    private static boolean covers(Collection<Grant> grants, Containment place) {
        return grants.stream().anyMatch(g -> place.isWithin(g.resource(), g.resourceId()));
    }
}
