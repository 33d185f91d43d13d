package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.ResourceType;

/** Uses the tree of {@link TenancyFixture}: organization 1 holds studios 10 (games 100, 101) and 11 (game 110); organization 2 holds studio 20 (game 200). */
class GrantPermissionTest {
    private final PortalPermissionResolver resolver = new PortalPermissionResolver(new TenancyFixture());

    private static GrantPermission grant(ResourceType type, long id, AccessLevel level) {
        return new GrantPermission(new Grant(type, id, level));
    }

    private boolean allows(GrantPermission grant, String permission) {
        return grant.implies(resolver.resolvePermission(permission));
    }

    @Test
    void organizationGrantCoversTheOrganizationItsStudiosAndTheirGames() {
        GrantPermission admin = grant(ResourceType.ORGANIZATION, 1, AccessLevel.ADMIN);
        assertTrue(allows(admin, "organization:admin:1"));
        assertTrue(allows(admin, "organization:view:1"));
        assertTrue(allows(admin, "studio:admin:10"));
        assertTrue(allows(admin, "studio:view:11"));
        assertTrue(allows(admin, "game:view:100"));
        assertTrue(allows(admin, "game:admin:101"));
        assertTrue(allows(admin, "game:admin:110"));
    }

    @Test
    void organizationGrantDoesNotReachAnotherOrganization() {
        GrantPermission owner = grant(ResourceType.ORGANIZATION, 1, AccessLevel.PRIMARY_OWNER);
        assertFalse(allows(owner, "organization:view:2"));
        assertFalse(allows(owner, "studio:view:20"));
        assertFalse(allows(owner, "game:view:200"));
    }

    @Test
    void organizationGrantDoesNotReachAboveItsLevelInsideIt() {
        GrantPermission admin = grant(ResourceType.ORGANIZATION, 1, AccessLevel.ADMIN);
        assertFalse(allows(admin, "organization:owner:1"));
        assertFalse(allows(admin, "studio:owner:10"));
        assertFalse(allows(admin, "game:primary:100"));
    }

    @Test
    void studioGrantCoversTheStudioAndItsGamesOnly() {
        GrantPermission viewer = grant(ResourceType.STUDIO, 10, AccessLevel.VIEWER);
        assertTrue(allows(viewer, "studio:view:10"));
        assertTrue(allows(viewer, "game:view:100"));
        assertTrue(allows(viewer, "game:view:101"));
        assertFalse(allows(viewer, "organization:view:1"), "not the organization above it");
        assertFalse(allows(viewer, "studio:view:11"), "not a sibling studio");
        assertFalse(allows(viewer, "game:view:110"), "not a sibling studio's game");
        assertFalse(allows(viewer, "studio:view:20"));
        assertFalse(allows(viewer, "game:view:200"));
    }

    @Test
    void gameGrantCoversThatGameOnly() {
        GrantPermission owner = grant(ResourceType.GAME, 100, AccessLevel.OWNER);
        assertTrue(allows(owner, "game:owner:100"));
        assertTrue(allows(owner, "game:view:100"));
        assertFalse(allows(owner, "game:view:101"));
        assertFalse(allows(owner, "studio:view:10"));
        assertFalse(allows(owner, "organization:view:1"));
    }

    @Test
    void viewerGrantDoesNotImplyAdmin() {
        GrantPermission viewer = grant(ResourceType.GAME, 100, AccessLevel.VIEWER);
        assertFalse(allows(viewer, "game:admin:100"));
        assertFalse(allows(grant(ResourceType.ORGANIZATION, 1, AccessLevel.VIEWER), "game:admin:100"));
    }

    @ParameterizedTest
    @EnumSource(AccessLevel.class)
    void grantImpliesExactlyTheLevelsUpToItsOwn(AccessLevel granted) {
        GrantPermission g = grant(ResourceType.GAME, 100, granted);
        for (AccessLevel required : AccessLevel.values()) {
            boolean expected = required.ordinal() <= granted.ordinal();
            assertEquals(expected, allows(g, "game:" + required.action() + ":100"),
                    granted + " grant asked for " + required);
        }
    }

    @Test
    void levelsRankViewerAdminOwnerPrimaryOwner() {
        GrantPermission admin = grant(ResourceType.STUDIO, 10, AccessLevel.ADMIN);
        GrantPermission owner = grant(ResourceType.STUDIO, 10, AccessLevel.OWNER);
        GrantPermission primary = grant(ResourceType.STUDIO, 10, AccessLevel.PRIMARY_OWNER);
        assertTrue(allows(admin, "game:admin:100"));
        assertFalse(allows(admin, "game:owner:100"));
        assertTrue(allows(owner, "game:owner:100"));
        assertFalse(allows(owner, "game:primary:100"));
        assertTrue(allows(primary, "game:primary:100"));
    }

    @Test
    void nonexistentResourceIsNeverImplied() {
        GrantPermission everything = grant(ResourceType.ORGANIZATION, 1, AccessLevel.PRIMARY_OWNER);
        assertFalse(allows(everything, "game:view:999"));
        assertFalse(allows(everything, "studio:view:999"));
        assertFalse(allows(everything, "organization:view:999"));
        assertFalse(allows(grant(ResourceType.GAME, 999, AccessLevel.PRIMARY_OWNER), "game:view:999"));
    }

    @Test
    void grantNeverImpliesANonTenancyPermission() {
        GrantPermission everything = grant(ResourceType.ORGANIZATION, 1, AccessLevel.PRIMARY_OWNER);
        Permission portalAdmin = resolver.resolvePermission(Permissions.PORTAL_ADMIN);
        assertFalse(everything.implies(portalAdmin));
        assertFalse(everything.implies(new WildcardPermission("*")));
    }

    @Test
    void permissionsBuilderSpellsWhatTheGrantChecks() {
        GrantPermission viewer = grant(ResourceType.GAME, 100, AccessLevel.VIEWER);
        assertEquals("game:view:100", Permissions.viewGame(100));
        assertTrue(allows(viewer, Permissions.viewGame(100)));
        assertFalse(allows(viewer, Permissions.adminGame(100)));
        assertEquals("organization:view:1", Permissions.viewOrganization(1));
    }
}
