package org.polymetric.portal.sample;

import java.util.List;
import java.util.Set;
import org.polymetric.kernel.module.NavigationEntry;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.kernel.security.Permissions;

/** The sample module: one link for everyone, one for portal administrators only. */
public class SampleModule implements PortalModule {
    @Override
    public String id() {
        return "sample";
    }

    @Override
    public String displayName() {
        return "Sample";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Sample", "/sample", null),
                new NavigationEntry("Sample admin", "/sample/admin", Permissions.PORTAL_ADMIN));
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(SampleResource.class, SamplePage.class);
    }
}
