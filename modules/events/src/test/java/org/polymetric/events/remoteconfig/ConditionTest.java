package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static Condition c(Condition.Field f, Condition.Op o, String match) {
        return new Condition(f, o, match, "true");
    }

    /** Each version is below the next one. */
    private static void assertAscending(String... versions) {
        for (int i = 0; i < versions.length; i++) {
            for (int j = 0; j < versions.length; j++) {
                int c = AppVersions.compare(versions[i], versions[j]);
                assertEquals(Integer.compare(i, j), Integer.signum(c), versions[i] + " against " + versions[j]);
            }
        }
    }

    @Test
    void versionsCompareByPartsNumbersAsNumbers() {
        assertAscending("1.9", "1.10", "2.0-beta", "2.0b", "2.0b.1", "2.0", "2.0.1", "2.1", "2.5", "10");
        assertEquals(0, AppVersions.compare("2", "2.0.0"));
        assertEquals(0, AppVersions.compare("2.01", "2.1"), "leading zeros are the same number");
        assertAscending("1", "99999999999999999999998", "99999999999999999999999");
    }

    @Test
    void aPartsLeadingDigitsCountBeforeItsSuffixAndASuffixIsBelowTheBareNumber() {
        // "2.0b" used to count as at least "2.5": a part that was not all digits sorted above any number
        assertTrue(AppVersions.compare("2.0b", "2.5") < 0);
        assertFalse(c(Condition.Field.APP_VERSION, Condition.Op.AT_LEAST, "2.5").holds(new DeviceFacts(null, "2.0b")));
        assertTrue(c(Condition.Field.APP_VERSION, Condition.Op.BELOW, "2.0").holds(new DeviceFacts(null, "2.0-rc1")));
        assertTrue(AppVersions.compare("3.0a", "3.0b") < 0);
        assertTrue(AppVersions.compare("3.x", "3.0") < 0, "no digits: below any number");
    }

    @Test
    void anAppVersionLongerThanAnyConditionIsUnknown() {
        // "1.0.0.…" of 8 000 characters would otherwise be walked part by part for each of a game's conditions
        String huge = "1" + ".0".repeat(4000);
        assertEquals(null, new DeviceFacts("ios", huge).appVersion());
        assertFalse(c(Condition.Field.APP_VERSION, Condition.Op.AT_LEAST, "1").holds(new DeviceFacts(null, huge)));
        String longest = "1" + ".0".repeat((AppVersions.MAX_CHARS - 1) / 2);
        assertTrue(c(Condition.Field.APP_VERSION, Condition.Op.AT_LEAST, "1").holds(new DeviceFacts(null, longest)));
    }

    @Test
    void platformsIgnoreCaseAndUnknownFactsNeverMatch() {
        assertTrue(c(Condition.Field.PLATFORM, Condition.Op.IS, "iOS").holds(new DeviceFacts("ios", null)));
        assertFalse(c(Condition.Field.PLATFORM, Condition.Op.IS, "iOS").holds(DeviceFacts.UNKNOWN));
        assertFalse(c(Condition.Field.APP_VERSION, Condition.Op.BELOW, "9").holds(DeviceFacts.UNKNOWN));
        assertTrue(c(Condition.Field.APP_VERSION, Condition.Op.AT_LEAST, "2.1").holds(new DeviceFacts(null, "2.10")));
        assertTrue(c(Condition.Field.APP_VERSION, Condition.Op.IS, "2.1").holds(new DeviceFacts(null, "2.1")));
        assertFalse(c(Condition.Field.APP_VERSION, Condition.Op.IS, "2.1").holds(new DeviceFacts(null, "2.1.0")));
    }

    @Test
    void theFirstConditionThatHoldsWinsElseTheDefault() {
        Parameter p = new Parameter("k", "null", List.of(
                new Condition(Condition.Field.PLATFORM, Condition.Op.IS, "Android", "true"),
                new Condition(Condition.Field.APP_VERSION, Condition.Op.AT_LEAST, "2", "false")));
        assertEquals("true", p.valueFor(new DeviceFacts("Android", "3")));
        assertEquals("false", p.valueFor(new DeviceFacts("iOS", "3")));
        assertEquals("null", p.valueFor(new DeviceFacts("iOS", "1.5")));
    }
}
