package org.polymetric.streamstats;

import java.util.List;
import org.polymetric.kernel.config.ModuleSetting;
import org.polymetric.kernel.config.ModuleSettings;

/** The streamstats module's settings; plain Java, as the launcher loads it to check them before start. */
public class StreamstatsSettings implements ModuleSettings {
    /** The longest purge period, a day: the finest rows are kept an hour, so a longer one only lets them pile up. */
    public static final long LONGEST_PURGE_SECONDS = 86_400;

    /**
     * {@code POLYMETRIC_STREAMSTATS_PURGE_SECONDS}: how often rows past their retention are deleted
     * (5 s rollups after an hour, minutes after 6 h, 5 minutes and device hours after 48 h, hours,
     * days and device days after 35 days); 0 keeps everything.
     */
    public static final ModuleSetting PURGE_SECONDS = new ModuleSetting("streamstats", "PURGE_SECONDS", "600",
            StreamstatsSettings::purgeSeconds);

    @Override
    public List<ModuleSetting> settings() {
        return List.of(PURGE_SECONDS);
    }

    static String purgeSeconds(String v) {
        try {
            long seconds = Long.parseLong(v.strip());
            if (seconds >= 0 && seconds <= LONGEST_PURGE_SECONDS) {
                return Long.toString(seconds);
            }
        } catch (NumberFormatException e) {
            // the rule below says what is wanted
        }
        throw new IllegalArgumentException("a purge period is 0 (never) to " + LONGEST_PURGE_SECONDS + " seconds (a day)");
    }
}
