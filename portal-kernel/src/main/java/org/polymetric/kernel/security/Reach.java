package org.polymetric.kernel.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * What a caller can see inside one organization, as a filter a repository can put in SQL: the
 * whole organization, or some studios and games, narrowed further to a token's studio or game.
 * Computed once per request from the grants, instead of one permission check per row.
 *
 * @param organizationId the organization
 * @param whole          every studio and game of the organization
 * @param studios        studios reached through a studio grant (their games included)
 * @param games          games reached through a game grant
 * @param onlyStudio     a studio-scoped token: nothing outside this studio
 * @param onlyGame       a game-scoped token: nothing but this game
 */
public record Reach(long organizationId, boolean whole, Set<Long> studios, Set<Long> games, Long onlyStudio, Long onlyGame) {

    /** Nothing at all. */
    public static Reach none(long organizationId) {
        return new Reach(organizationId, false, Set.of(), Set.of(), null, null);
    }

    /**
     * The reach of {@code grants} (a user's, in this organization) seen through an optional token
     * scope ({@code null} for a password or session caller).
     */
    public static Reach of(long organizationId, Collection<Grant> grants, Grant tokenScope) {
        boolean whole = grants.stream().anyMatch(g -> g.resource() == ResourceType.ORGANIZATION && g.resourceId() == organizationId);
        Set<Long> studios = ids(grants, ResourceType.STUDIO);
        Set<Long> games = ids(grants, ResourceType.GAME);
        if (tokenScope == null || tokenScope.resource() == ResourceType.ORGANIZATION) {
            return tokenScope != null && tokenScope.resourceId() != organizationId
                    ? none(organizationId) : new Reach(organizationId, whole, studios, games, null, null);
        }
        Long onlyStudio = tokenScope.resource() == ResourceType.STUDIO ? tokenScope.resourceId() : null;
        Long onlyGame = tokenScope.resource() == ResourceType.GAME ? tokenScope.resourceId() : null;
        return new Reach(organizationId, whole, studios, games, onlyStudio, onlyGame);
    }

    private static Set<Long> ids(Collection<Grant> grants, ResourceType type) {
        return grants.stream().filter(g -> g.resource() == type).map(Grant::resourceId).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a game (in this organization, in {@code studioId}) is visible. */
    public boolean seesGame(long gameId, long studioId) {
        return (whole || studios.contains(studioId) || games.contains(gameId))
                && (onlyStudio == null || onlyStudio == studioId)
                && (onlyGame == null || onlyGame == gameId);
    }

    /** Whether the studio itself is reached (not merely one of its games). */
    public boolean reachesStudio(long studioId) {
        return (whole || studios.contains(studioId)) && (onlyStudio == null || onlyStudio == studioId) && onlyGame == null;
    }

    /** True when nothing can be seen. */
    public boolean isEmpty() {
        return !whole && studios.isEmpty() && games.isEmpty();
    }
}
