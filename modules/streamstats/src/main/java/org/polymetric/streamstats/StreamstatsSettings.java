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

    /** The longest fold period, an hour: a longer one leaves more whole hours read from hour rows. */
    public static final long LONGEST_FOLD_SECONDS = 3_600;

    /**
     * {@code POLYMETRIC_STREAMSTATS_FOLD_SECONDS}: how often the hour rows of hours that ended more
     * than two minutes ago are folded into the day rows (at most 6 hours a run). Never 0: an hour
     * not folded keeps its hour rows for ever.
     */
    public static final ModuleSetting FOLD_SECONDS = new ModuleSetting("streamstats", "FOLD_SECONDS", "10",
            StreamstatsSettings::foldSeconds);

    @Override
    public List<ModuleSetting> settings() {
        return List.of(PURGE_SECONDS, FOLD_SECONDS);
    }

    static String foldSeconds(String v) {
        return seconds(v, 1, LONGEST_FOLD_SECONDS, "a fold period is 1 to " + LONGEST_FOLD_SECONDS + " seconds (an hour)");
    }

    static String purgeSeconds(String v) {
        return seconds(v, 0, LONGEST_PURGE_SECONDS, "a purge period is 0 (never) to " + LONGEST_PURGE_SECONDS + " seconds (a day)");
    }

    private static String seconds(String v, long least, long most, String rule) {
        try {
            long seconds = Long.parseLong(v.strip());
            if (seconds >= least && seconds <= most) {
                return Long.toString(seconds);
            }
        } catch (NumberFormatException e) {
            // the rule says what is wanted
        }
        throw new IllegalArgumentException(rule);
    }
}
