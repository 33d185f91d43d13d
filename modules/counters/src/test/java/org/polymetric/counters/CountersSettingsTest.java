package org.polymetric.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.SettingException;
import org.polymetric.kernel.config.Settings;
import org.polymetric.kernel.config.SettingsCatalog;

/** {@code POLYMETRIC_COUNTERS_PURGE_SECONDS} as the launcher reads it: checked with the kernel's settings, before start. */
class CountersSettingsTest {
    // the module's settings and a theme, as a WAR would declare them
    private static final SettingsCatalog CATALOG = new SettingsCatalog(new CountersSettings().settings(), Map.of("default", "Default"));

    private static Optional<String> purge(String value) {
        return Settings.from(Map.of("POLYMETRIC_COUNTERS_PURGE_SECONDS", value), Map.of(), CATALOG).get(CountersSettings.PURGE_SECONDS);
    }

    @Test
    void zeroToAYearIsTaken() {
        assertEquals(Optional.of("0"), purge("0"));
        assertEquals(Optional.of("3600"), purge(" 3600 "));
        assertEquals(Optional.of("31536000"), purge("31536000"));
        assertEquals(Optional.of("3600"), Settings.from(Map.of(), Map.of(), CATALOG).get(CountersSettings.PURGE_SECONDS), "the default");
    }

    @Test
    void theLongestPeriodHasItsMillisecondsInALong() {
        // what CountersSchedule asks of the value when it starts
        assertEquals(31_536_000_000L, Duration.ofSeconds(CountersSettings.LONGEST_PURGE_SECONDS).toMillis());
    }

    @Test
    void moreThanAYearIsRefusedWithOneLineBeforeStart() {
        // 9.3e15 s passed the plain count check, then Duration.toMillis threw at deploy
        for (String value : new String[]{"31536001", "9300000000000000", "9223372036854775807"}) {
            SettingException e = assertThrows(SettingException.class, () -> purge(value));
            assertEquals("POLYMETRIC_COUNTERS_PURGE_SECONDS='" + value
                    + "' is invalid: a purge period is 0 (never) to 31536000 seconds (a year)", e.getMessage());
        }
    }

    @Test
    void negativeOrNonNumbersAreRefused() {
        for (String value : new String[]{"-1", "1h", "99999999999999999999"}) {
            SettingException e = assertThrows(SettingException.class, () -> purge(value), value);
            assertEquals("POLYMETRIC_COUNTERS_PURGE_SECONDS='" + value
                    + "' is invalid: a purge period is 0 (never) to 31536000 seconds (a year)", e.getMessage());
        }
    }
}
