package org.polymetric.kernel.config;

import java.util.List;

/** A module's declaration as a module jar brings it, found by the tests through the service file. */
public class SampleModuleSettings implements ModuleSettings {
    public static final ModuleSetting LIMIT = new ModuleSetting("sample", "LIMIT", "10", ModuleSetting::count);

    @Override
    public List<ModuleSetting> settings() {
        return List.of(LIMIT);
    }
}
