package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static Condition c(Condition.Field f, Condition.Op o, String match) {
        return new Condition(f, o, match, JsonValue.TRUE);
    }

    @Test
    void versionsCompareByPartsNumbersAsNumbers() {
        assertTrue(Condition.compareVersions("1.10", "1.9") > 0);
        assertEquals(0, Condition.compareVersions("2", "2.0.0"));
        assertTrue(Condition.compareVersions("2.0-beta", "2.0.1") < 0 || Condition.compareVersions("2.0-beta", "2.0.1") > 0);
        assertTrue(Condition.compareVersions("99999999999999999999999", "1") > 0, "no overflow");
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
        Parameter p = new Parameter("k", JsonValue.NULL, List.of(
                new Condition(Condition.Field.PLATFORM, Condition.Op.IS, "Android", JsonValue.TRUE),
                new Condition(Condition.Field.APP_VERSION, Condition.Op.AT_LEAST, "2", JsonValue.FALSE)));
        assertEquals(JsonValue.TRUE, p.valueFor(new DeviceFacts("Android", "3")));
        assertEquals(JsonValue.FALSE, p.valueFor(new DeviceFacts("iOS", "3")));
        assertEquals(JsonValue.NULL, p.valueFor(new DeviceFacts("iOS", "1.5")));
    }
}
