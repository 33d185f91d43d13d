package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals("{\"a\":[1,true]}", p.defaultValue(), "kept as the JSON text it is stored and answered as");
        assertEquals("\"new\"", p.conditions().get(1).value());
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
    void conditionsPastTheCapAreRefusedWhereverBlankRowsSitBetweenThem() {
        // 20 conditions, two empty rows, then one more: it used to be cut off and the key saved without it
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.addAll(List.of("platform", "is", "p" + i, "1"));
        }
        rows.addAll(List.of("platform", "is", "", "", "platform", "is", "", ""));
        rows.addAll(List.of("platform", "is", "last", "2"));
        assertEquals("events.rc.error.conditions", refusal(form("k", "1", rows.toArray(String[]::new))));
        // blank rows anywhere are skipped and count for nothing
        List<String> spaced = new ArrayList<>(List.of("platform", "is", "", ""));
        spaced.addAll(rows.subList(0, 40));
        spaced.addAll(List.of("platform", "is", " ", " "));
        spaced.addAll(rows.subList(40, 80));
        assertEquals(20, ParameterRules.parse(form("k", "1", spaced.toArray(String[]::new))).conditions().size());
    }

    @Test
    void aHugeNumberOfRowsIsCutBeforeItIsRead() {
        List<String> blank = Collections.nCopies(100_000, "");
        ParameterForm f = ParameterForm.of("", "k", "1", blank, blank, blank, blank);
        assertEquals(0, f.rows().size());
        assertEquals(0, ParameterRules.parse(f).conditions().size());
        List<String> filled = Collections.nCopies(100_000, "1");
        ParameterForm g = ParameterForm.of("", "k", "1", Collections.nCopies(100_000, "platform"),
                Collections.nCopies(100_000, "is"), filled, filled);
        assertEquals(ParameterRules.MAX_CONDITIONS + 1, g.rows().size(), "one past the cap, which refuses it");
        assertEquals("events.rc.error.conditions", refusal(g));
    }
}
