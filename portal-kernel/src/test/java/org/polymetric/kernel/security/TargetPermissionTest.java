package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.tenancy.Containment;

class TargetPermissionTest {
    private final TenancyFixture tree = new TenancyFixture();

    private TargetPermission parse(String text) {
        return TargetPermission.parse(text, tree).orElseThrow();
    }

    @Test
    void parseGivesEmptyForNonTenancyShapes() {
        assertEquals(Optional.empty(), TargetPermission.parse("portal:admin", tree));
        assertEquals(Optional.empty(), TargetPermission.parse("game:view:x", tree));
        assertEquals(Optional.empty(), TargetPermission.parse("game:edit:1", tree));
    }

    @Test
    void impliesTheSameResourceAtAnEqualOrLowerLevel() {
        TargetPermission owner = parse("game:owner:100");
        assertTrue(owner.implies(parse("game:owner:100")));
        assertTrue(owner.implies(parse("game:admin:100")));
        assertTrue(owner.implies(parse("game:view:100")));
        assertFalse(owner.implies(parse("game:primary:100")));
    }

    @Test
    void doesNotImplyAnotherResource() {
        TargetPermission p = parse("game:admin:100");
        assertFalse(p.implies(parse("game:view:101")));
        assertFalse(p.implies(parse("studio:view:100")));
        assertFalse(p.implies(new WildcardPermission("game:view:100")));
    }

    @Test
    void containmentIsLookedUpOnceAndRemembered() {
        TargetPermission p = parse("studio:view:20");
        assertEquals(Optional.of(new Containment(2, 20L, null)), p.containment());
        assertEquals(Optional.of(new Containment(2, 20L, null)), p.containment());
        assertEquals(1, tree.lookups.get());
    }

    @Test
    void missingResourceHasNoContainment() {
        assertEquals(Optional.empty(), parse("game:view:999").containment());
    }
}
