package org.polymetric.kernel.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContainmentTest {
    private final Containment organization = new Containment(1, null, null);
    private final Containment studio = new Containment(1, 10L, null);
    private final Containment game = new Containment(1, 10L, 100L);

    @Test
    void organizationIsWithinItselfOnly() {
        assertTrue(organization.isWithin(ResourceType.ORGANIZATION, 1));
        assertFalse(organization.isWithin(ResourceType.ORGANIZATION, 2));
        assertFalse(organization.isWithin(ResourceType.STUDIO, 1));
        assertFalse(organization.isWithin(ResourceType.GAME, 1));
    }

    @Test
    void studioIsWithinItselfAndItsOrganization() {
        assertTrue(studio.isWithin(ResourceType.ORGANIZATION, 1));
        assertTrue(studio.isWithin(ResourceType.STUDIO, 10));
        assertFalse(studio.isWithin(ResourceType.STUDIO, 11));
        assertFalse(studio.isWithin(ResourceType.ORGANIZATION, 10));
        assertFalse(studio.isWithin(ResourceType.GAME, 10));
    }

    @Test
    void gameIsWithinItselfItsStudioAndItsOrganization() {
        assertTrue(game.isWithin(ResourceType.ORGANIZATION, 1));
        assertTrue(game.isWithin(ResourceType.STUDIO, 10));
        assertTrue(game.isWithin(ResourceType.GAME, 100));
        assertFalse(game.isWithin(ResourceType.GAME, 101));
        assertFalse(game.isWithin(ResourceType.STUDIO, 100));
        assertFalse(game.isWithin(ResourceType.ORGANIZATION, 2));
    }

    @Test
    void largeIdsAreComparedByValueNotByBoxIdentity() {
        Containment far = new Containment(5_000_000_000L, Long.valueOf(5_000_000_001L), Long.valueOf(5_000_000_002L));
        assertTrue(far.isWithin(ResourceType.STUDIO, 5_000_000_001L));
        assertTrue(far.isWithin(ResourceType.GAME, 5_000_000_002L));
    }
}
