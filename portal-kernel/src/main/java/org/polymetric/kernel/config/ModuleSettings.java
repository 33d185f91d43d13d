package org.polymetric.kernel.config;

import java.util.List;

/**
 * A module's settings, found through
 * {@code META-INF/services/org.polymetric.kernel.config.ModuleSettings}. Kept apart from
 * {@link org.polymetric.kernel.module.PortalModule} and plain Java on purpose: the launcher loads it
 * from the WAR's module jars to check the settings before anything starts, without the server's
 * libraries (Jakarta EE) that a module descriptor's classes reach.
 */
public interface ModuleSettings {

    /** The settings the module reads; every one's {@link ModuleSetting#module()} is the module's id. */
    List<ModuleSetting> settings();
}
