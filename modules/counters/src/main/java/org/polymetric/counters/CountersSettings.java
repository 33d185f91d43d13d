package org.polymetric.counters;

import java.util.List;
import org.polymetric.kernel.config.ModuleSetting;
import org.polymetric.kernel.config.ModuleSettings;

/** The counters module's settings; plain Java, as the launcher loads it to check them before start. */
public class CountersSettings implements ModuleSettings {
    /** The longest purge period: a year, in seconds. */
    public static final long LONGEST_PURGE_SECONDS = 31_536_000;

    /**
     * {@code POLYMETRIC_COUNTERS_PURGE_SECONDS}: how often rollups past their window are dropped
     * (minutes after 14 days, hours after 400); 0 keeps everything. At most a year: a longer period
     * purges nothing a year does not, and from some 9.2e15 seconds on it has no milliseconds in a
     * {@code long}, so the schedule could not start.
     */
    public static final ModuleSetting PURGE_SECONDS = new ModuleSetting("counters", "PURGE_SECONDS", "3600",
            CountersSettings::purgeSeconds);

    @Override
    public List<ModuleSetting> settings() {
        return List.of(PURGE_SECONDS);
    }

    private static String purgeSeconds(String v) {
        String rule = "a purge period is 0 (never) to " + LONGEST_PURGE_SECONDS + " seconds (a year)";
        try {
            long seconds = Long.parseLong(v.strip());
            if (seconds < 0 || seconds > LONGEST_PURGE_SECONDS) {
                throw new IllegalArgumentException(rule);
            }
            return Long.toString(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule);
        }
    }
}
