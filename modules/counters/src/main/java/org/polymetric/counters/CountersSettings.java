package org.polymetric.counters;

import java.util.List;
import org.polymetric.kernel.config.ModuleSetting;
import org.polymetric.kernel.config.ModuleSettings;

/** The counters module's settings; plain Java, as the launcher loads it to check them before start. */
public class CountersSettings implements ModuleSettings {
    /**
     * {@code POLYMETRIC_COUNTERS_PURGE_SECONDS}: how often rollups past their window are dropped
     * (minutes after 14 days, hours after 400); 0 keeps everything.
     */
    public static final ModuleSetting PURGE_SECONDS = new ModuleSetting("counters", "PURGE_SECONDS", "3600", ModuleSetting::count);

    @Override
    public List<ModuleSetting> settings() {
        return List.of(PURGE_SECONDS);
    }
}
