package org.polymetric.launcher;

import java.util.List;
import org.polymetric.kernel.config.ModuleSetting;
import org.polymetric.kernel.config.ModuleSettings;

/** A module's settings declaration; {@link LauncherTest} names it in a module jar inside its WAR. */
public class SampleModuleSettings implements ModuleSettings {

    @Override
    public List<ModuleSetting> settings() {
        return List.of(new ModuleSetting("sample", "LIMIT", "10", SampleModuleSettings::limit));
    }

    private static String limit(String v) {
        if (!v.matches("[1-9][0-9]?")) {
            throw new IllegalArgumentException("a limit is 1 to 99");
        }
        return v;
    }
}
