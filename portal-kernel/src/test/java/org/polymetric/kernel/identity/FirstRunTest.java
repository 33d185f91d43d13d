package org.polymetric.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Settings;
import org.polymetric.kernel.tenancy.Organization;

/** A generated first-run password must be changed at the first sign-in; a configured one need not. */
class FirstRunTest {
    record Bootstrapped(String email, String password, boolean mustChange) {
    }

    static List<Bootstrapped> run(Map<String, String> env) {
        List<Bootstrapped> made = new ArrayList<>();
        FirstRun firstRun = new FirstRun();
        firstRun.identities = new IdentityDirectory() {
            @Override
            public long userCount() {
                return 0;
            }
        };
        firstRun.provisioning = new OrganizationProvisioning() {
            @Override
            public Organization bootstrap(String name, String email, String password, boolean mustChangePassword) {
                made.add(new Bootstrapped(email, password, mustChangePassword));
                return null;
            }
        };
        firstRun.portalSettings = new PortalSettings() {
            @Override
            public Settings get() {
                return Settings.from(env, Map.of());
            }
        };
        firstRun.run();
        return made;
    }

    @Test
    void aGeneratedPasswordMustBeChanged() {
        List<Bootstrapped> made = run(Map.of());
        assertEquals(1, made.size());
        assertEquals(20, made.get(0).password().length());
        assertTrue(made.get(0).mustChange());
    }

    @Test
    void aConfiguredPasswordIsKept() {
        List<Bootstrapped> made = run(Map.of("POLYMETRIC_ADMIN_EMAIL", "Boss@Example.com", "POLYMETRIC_ADMIN_PASSWORD", "configured-password"));
        assertEquals(List.of(new Bootstrapped("boss@example.com", "configured-password", false)), made);
    }
}
