package org.polymetric.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.SettingException;

/** The purge period: 0 (never) to a day, in whole seconds; anything else refused naming the rule. */
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
}
