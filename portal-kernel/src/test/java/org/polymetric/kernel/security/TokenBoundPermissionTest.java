package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.ResourceType;

class TokenBoundPermissionTest {
    private final PortalPermissionResolver resolver = new PortalPermissionResolver(new TenancyFixture());

    private static GrantPermission grant(ResourceType type, long id, AccessLevel level) {
        return new GrantPermission(new Grant(type, id, level));
    }

    private boolean allows(TokenBoundPermission p, String permission) {
        return p.implies(resolver.resolvePermission(permission));
    }

    @Test
    void allowsWhereBothTheUsersGrantAndTheTokensScopeAllow() {
        TokenBoundPermission p = new TokenBoundPermission(
                grant(ResourceType.ORGANIZATION, 1, AccessLevel.ADMIN), grant(ResourceType.GAME, 100, AccessLevel.VIEWER));
        assertTrue(allows(p, "game:view:100"));
    }

    @Test
    void tokenScopeNarrowsTheUsersGrant() {
        TokenBoundPermission p = new TokenBoundPermission(
                grant(ResourceType.ORGANIZATION, 1, AccessLevel.ADMIN), grant(ResourceType.GAME, 100, AccessLevel.VIEWER));
        assertFalse(allows(p, "game:view:101"), "outside the token's scope");
        assertFalse(allows(p, "game:admin:100"), "above the token's level");
        assertFalse(allows(p, "organization:view:1"));
    }

    @Test
    void tokenNeverOutgrowsItsOwner() {
        TokenBoundPermission p = new TokenBoundPermission(
                grant(ResourceType.GAME, 100, AccessLevel.VIEWER), grant(ResourceType.ORGANIZATION, 1, AccessLevel.OWNER));
        assertTrue(allows(p, "game:view:100"));
        assertFalse(allows(p, "game:admin:100"), "above the owner's level");
        assertFalse(allows(p, "game:view:101"), "outside the owner's grant");
    }

    @Test
    void ownerWhoLostAccessLeavesTheTokenPowerless() {
        TokenBoundPermission p = new TokenBoundPermission(
                grant(ResourceType.ORGANIZATION, 2, AccessLevel.OWNER), grant(ResourceType.GAME, 100, AccessLevel.VIEWER));
        assertFalse(allows(p, "game:view:100"));
        assertFalse(allows(p, "game:view:200"));
    }
}
