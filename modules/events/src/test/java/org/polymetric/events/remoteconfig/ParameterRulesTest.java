package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.web.JsonBuilders;

class ParameterRulesTest {
    private static ParameterForm form(String key, String value, String... row) {
        List<String> f = new ArrayList<>();
        List<String> o = new ArrayList<>();
        List<String> m = new ArrayList<>();
        List<String> v = new ArrayList<>();
        for (int i = 0; i + 3 < row.length; i += 4) {
            f.add(row[i]);
            o.add(row[i + 1]);
            m.add(row[i + 2]);
            v.add(row[i + 3]);
        }
        return ParameterForm.of("", key, value, f, o, m, v);
    }

    private static String refusal(ParameterForm form) {
        return assertThrows(ParameterRules.Invalid.class, () -> ParameterRules.parse(form)).messageKey();
    }

    @Test
    void aKeyWithJsonValueAndConditionsInOrder() {
        Parameter p = ParameterRules.parse(form(" show_ads ", "{\"a\": [1, true]}",
                "platform", "is", "iOS", "false", "app_version", "at_least", "2.1", "\"new\"", "platform", "is", "", ""));
        assertEquals("show_ads", p.key());
        assertEquals(JsonBuilders.parse("{\"a\":[1,true]}"), p.defaultValue());
        assertEquals(2, p.conditions().size(), "the blank row is skipped");
        assertEquals(Condition.Field.APP_VERSION, p.conditions().get(1).field());
        assertEquals(Condition.Op.AT_LEAST, p.conditions().get(1).op());
    }

    @Test
    void keyNamesFollowCountlysPatternAndALengthBound() {
        for (String bad : List.of("", "1abc", "has-dash", "has space", "ünï", "a".repeat(129))) {
            assertEquals("events.rc.error.key", refusal(form(bad, "1")), bad);
        }
        assertEquals("_a1", ParameterRules.parse(form("_a1", "1")).key());
        assertEquals(128, ParameterRules.parse(form("a".repeat(128), "1")).key().length());
    }

    @Test
    void valuesMustBeJsonOfBoundedSize() {
        for (String bad : List.of("", "tru", "{\"a\":", "1 2", "'x'", "true false", "[1] [2]")) {
            assertEquals("events.rc.error.value", refusal(form("k", bad)), bad);
        }
        assertEquals("events.rc.error.value", refusal(form("k", "\"" + "x".repeat(ParameterRules.MAX_VALUE_CHARS) + "\"")));
        assertEquals("events.rc.error.conditionvalue", refusal(form("k", "1", "platform", "is", "iOS", "nope")));
    }

    @Test
    void conditionsNeedAKnownFieldAnOrderOnlyForVersionsAndAMatch() {
        assertEquals("events.rc.error.op", refusal(form("k", "1", "os", "is", "iOS", "1")));
        assertEquals("events.rc.error.op", refusal(form("k", "1", "platform", "at_least", "iOS", "1")));
        assertEquals("events.rc.error.op", refusal(form("k", "1", "app_version", "like", "1", "1")));
        assertEquals("events.rc.error.match", refusal(form("k", "1", "platform", "is", "", "1")));
        assertEquals("events.rc.error.match", refusal(form("k", "1", "platform", "is", "x".repeat(101), "1")));
    }

    @Test
    void atMostTwentyConditions() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            rows.addAll(List.of("platform", "is", "p" + i, "1"));
        }
        assertEquals("events.rc.error.conditions", refusal(form("k", "1", rows.toArray(String[]::new))));
        assertEquals(20, ParameterRules.parse(form("k", "1", rows.subList(0, 80).toArray(String[]::new))).conditions().size());
    }

    @Test
    void aHugeNumberOfRowsIsCutBeforeItIsRead() {
        List<String> many = Collections.nCopies(100_000, "");
        ParameterForm f = ParameterForm.of("", "k", "1", many, many, many, many);
        assertEquals(ParameterRules.MAX_CONDITIONS + 2, f.rows().size());
        assertEquals(0, ParameterRules.parse(f).conditions().size());
    }
}
