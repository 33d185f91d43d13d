package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.polymetric.events.ingest.Refusal;

class KeyFilterTest {
    @Test
    void keysKeepOnlyTheNamedOnesAndOmitKeysDropThem() {
        KeyFilter f = KeyFilter.of("[\"a\",\"b\"]", "[\"b\"]");
        assertTrue(f.admits("a"));
        assertFalse(f.admits("b"));
        assertFalse(f.admits("c"));
        assertTrue(KeyFilter.of(null, "[\"b\"]").admits("c"));
    }

    @Test
    void asCountlyAFilterThatIsNotANonEmptyArrayFiltersNothing() {
        for (String none : new String[] {"", "[]", "not json", "{\"a\":1}", "\"a\"", "[1,", "[\"b\"] [\"c\"]"}) {
            KeyFilter f = KeyFilter.of(none, none);
            assertTrue(f.admits("a"), none);
        }
        assertFalse(KeyFilter.of("[1, null, true]", null).admits("1"), "items that are not strings name no key");
    }

    @Test
    void filtersAreBounded() {
        String many = "[" + String.join(",", Collections.nCopies(ParameterRules.MAX_KEYS + 1, "\"k\"")) + "]";
        Refusal r = assertThrows(Refusal.class, () -> KeyFilter.of(many, null));
        assertEquals(400, r.status());
        assertEquals("Invalid parameter \"keys\": at most 2000 keys", r.result());
        String longText = "[\"" + "k".repeat(KeyFilter.MAX_CHARS) + "\"]";
        assertEquals("Invalid parameter \"omit_keys\": at most 65536 characters",
                assertThrows(Refusal.class, () -> KeyFilter.of(null, longText)).result());
    }
}
