package org.polymetric.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.SettingException;

/** The purge period: 0 (never) to a day; the fold period a second to an hour; in whole seconds; anything else refused naming the rule. */
class StreamstatsSettingsTest {

    @Test
    void thePurgePeriodIsZeroToADay() {
        assertEquals("600", StreamstatsSettings.PURGE_SECONDS.checked(StreamstatsSettings.PURGE_SECONDS.defaultOf().orElseThrow()));
        assertEquals("0", StreamstatsSettings.PURGE_SECONDS.checked(" 0 "));
        assertEquals("86400", StreamstatsSettings.PURGE_SECONDS.checked("86400"));
        for (String bad : new String[]{"86401", "-1", "1e3", "", "99999999999999999999"}) {
            SettingException e = assertThrows(SettingException.class, () -> StreamstatsSettings.PURGE_SECONDS.checked(bad));
            assertEquals("POLYMETRIC_STREAMSTATS_PURGE_SECONDS='" + bad + "' is invalid: a purge period is 0 (never) to 86400"
                    + " seconds (a day)", e.getMessage());
        }
    }

    @Test
    void theFoldPeriodIsASecondToAnHour() {
        assertEquals("10", StreamstatsSettings.FOLD_SECONDS.checked(StreamstatsSettings.FOLD_SECONDS.defaultOf().orElseThrow()));
        assertEquals("1", StreamstatsSettings.FOLD_SECONDS.checked(" 1 "));
        assertEquals("3600", StreamstatsSettings.FOLD_SECONDS.checked("3600"));
        for (String bad : new String[]{"0", "3601", "-1", "1e3", ""}) {
            SettingException e = assertThrows(SettingException.class, () -> StreamstatsSettings.FOLD_SECONDS.checked(bad));
            assertEquals("POLYMETRIC_STREAMSTATS_FOLD_SECONDS='" + bad + "' is invalid: a fold period is 1 to 3600 seconds (an hour)",
                    e.getMessage());
        }
    }
}
