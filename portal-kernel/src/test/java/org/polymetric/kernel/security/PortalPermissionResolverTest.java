package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.kernel.identity.AccessLevel;

class PortalPermissionResolverTest {
    private final TenancyFixture tree = new TenancyFixture();
    private final PortalPermissionResolver resolver = new PortalPermissionResolver(tree);

    @ParameterizedTest
    @ValueSource(strings = {"game:view:42", "studio:admin:3", "organization:owner:1", "game:primary:7",
            "game:view:123456789012345678"})
    void tenancyStringBecomesATargetPermissionThatPrintsTheSame(String text) {
        Permission p = resolver.resolvePermission(text);
        TargetPermission target = assertInstanceOf(TargetPermission.class, p);
        assertEquals(text, target.toString());
    }

    @Test
    void actionWordSetsTheRequiredLevel() {
        assertEquals(AccessLevel.VIEWER, ((TargetPermission) resolver.resolvePermission("game:view:1")).level());
        assertEquals(AccessLevel.ADMIN, ((TargetPermission) resolver.resolvePermission("game:admin:1")).level());
        assertEquals(AccessLevel.OWNER, ((TargetPermission) resolver.resolvePermission("game:owner:1")).level());
        assertEquals(AccessLevel.PRIMARY_OWNER, ((TargetPermission) resolver.resolvePermission("game:primary:1")).level());
    }

    @ParameterizedTest
    @ValueSource(strings = {"portal:admin", "game:view", "game:view:42:extra", "game:viewer:42", "game:primary_owner:1",
            "game:view:abc", "game:view:*", "game:view:-1", "Game:view:1", "team:view:1",
            "game:view:1234567890123456789"})
    void anyOtherStringStaysAShiroWildcardPermission(String text) {
        assertInstanceOf(WildcardPermission.class, resolver.resolvePermission(text));
    }

    @Test
    void resolvingDoesNotLookTheResourceUp() {
        resolver.resolvePermission("game:view:100");
        assertEquals(0, tree.lookups.get());
    }

    @Test
    void resolvedTargetFindsItsPlaceThroughTheLocator() {
        TargetPermission target = (TargetPermission) resolver.resolvePermission("game:view:110");
        assertEquals(java.util.Optional.of(new org.polymetric.kernel.tenancy.Containment(1, 11L, 110L)),
                target.containment());
    }
}
