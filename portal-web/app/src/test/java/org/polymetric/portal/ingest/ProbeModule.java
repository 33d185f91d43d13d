package org.polymetric.portal.ingest;

import java.util.Set;
import org.polymetric.kernel.module.PortalModule;

/** The probe module: one API, {@link ProbeResource}. */
public class ProbeModule implements PortalModule {
    @Override
    public String id() {
        return "probe";
    }

    @Override
    public String displayName() {
        return "Probe";
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(ProbeResource.class);
    }
}
