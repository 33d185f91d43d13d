package org.polymetric.export;

import java.util.List;
import org.polymetric.kernel.config.ModuleSetting;
import org.polymetric.kernel.config.ModuleSettings;

/** The export module's settings; plain Java, as the launcher loads it to check them before start. */
public class ExportSettings implements ModuleSettings {
    /** The highest rate limit: more than that is no limit in practice, so 0 says it plainly. */
    public static final long MOST_EXPORTS_PER_MINUTE = 100_000;

    /**
     * {@code POLYMETRIC_EXPORT_RATE_LIMIT}: exports per token per minute (Peer5 limits its
     * {@code /export} apart from its general API limit); over it 429 with {@code Retry-After}.
     * 0: no limit of the module's own (the portal's {@code POLYMETRIC_API_RATE_LIMIT} still applies).
     */
    public static final ModuleSetting RATE_LIMIT = new ModuleSetting("export", "RATE_LIMIT", "60",
            v -> whole(v, 0, MOST_EXPORTS_PER_MINUTE,
                    "an export rate limit is 0 (none) to " + MOST_EXPORTS_PER_MINUTE + " exports per token per minute"));

    /** The longest purge period, a day: minute rows are kept 7 days, so a longer one lets them pile up. */
    public static final long LONGEST_PURGE_SECONDS = 86_400;

    /**
     * {@code POLYMETRIC_EXPORT_PURGE_SECONDS}: how often rows past their retention are deleted
     * (minutes after 7 days, 10 minutes after 14, hours after 15; days stay); 0 keeps everything.
     */
    public static final ModuleSetting PURGE_SECONDS = new ModuleSetting("export", "PURGE_SECONDS", "600",
            v -> whole(v, 0, LONGEST_PURGE_SECONDS,
                    "a purge period is 0 (never) to " + LONGEST_PURGE_SECONDS + " seconds (a day)"));

    @Override
    public List<ModuleSetting> settings() {
        return List.of(RATE_LIMIT, PURGE_SECONDS);
    }

    static String whole(String v, long least, long most, String rule) {
        try {
            long n = Long.parseLong(v.strip());
            if (n >= least && n <= most) {
                return Long.toString(n);
            }
        } catch (NumberFormatException e) {
            // the rule says what is wanted
        }
        throw new IllegalArgumentException(rule);
    }
}
