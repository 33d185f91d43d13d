package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.ResourceType;

/** Organization 1 holds studio 10 (games 100, 101) and studio 11 (game 110). */
class ReachTest {
    static Grant grant(ResourceType type, long id) {
        return new Grant(type, id, AccessLevel.VIEWER);
    }

    @Test
    void anOrganizationGrantSeesEverything() {
        Reach r = Reach.of(1, List.of(grant(ResourceType.ORGANIZATION, 1)), null);
        assertTrue(r.seesGame(100, 10) && r.seesGame(110, 11));
        assertTrue(r.reachesStudio(11));
    }

    @Test
    void aStudioGrantSeesItsGamesOnly() {
        Reach r = Reach.of(1, List.of(grant(ResourceType.STUDIO, 10)), null);
        assertTrue(r.seesGame(101, 10));
        assertFalse(r.seesGame(110, 11));
        assertFalse(r.reachesStudio(11));
    }

    @Test
    void aGameGrantSeesThatGameButDoesNotReachItsStudio() {
        Reach r = Reach.of(1, List.of(grant(ResourceType.GAME, 110)), null);
        assertTrue(r.seesGame(110, 11));
        assertFalse(r.seesGame(100, 10));
        assertFalse(r.reachesStudio(11));
    }

    @Test
    void aTokenNarrowsTheUsersReachToItsScope() {
        List<Grant> whole = List.of(grant(ResourceType.ORGANIZATION, 1));
        Reach studioToken = Reach.of(1, whole, grant(ResourceType.STUDIO, 10));
        assertTrue(studioToken.seesGame(100, 10));
        assertFalse(studioToken.seesGame(110, 11));
        Reach gameToken = Reach.of(1, whole, grant(ResourceType.GAME, 101));
        assertTrue(gameToken.seesGame(101, 10));
        assertFalse(gameToken.seesGame(100, 10));
        assertFalse(gameToken.reachesStudio(10));
    }

    @Test
    void aTokenNeverWidensTheUsersReach() {
        Reach r = Reach.of(1, List.of(grant(ResourceType.GAME, 110)), grant(ResourceType.STUDIO, 11));
        assertTrue(r.seesGame(110, 11));
        assertFalse(r.reachesStudio(11), "the token's studio is not the user's");
        assertTrue(Reach.of(1, List.of(), grant(ResourceType.ORGANIZATION, 1)).isEmpty());
    }

    @Test
    void aTokenOfAnotherOrganizationSeesNothingHere() {
        assertTrue(Reach.of(1, List.of(grant(ResourceType.ORGANIZATION, 1)), grant(ResourceType.ORGANIZATION, 2)).isEmpty());
    }
}
