package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Countly's event limits per app: 500 event keys, 100 segments an event, 1000 values a segment.
 * Beyond a limit the new key, segment or value is dropped and everything else is kept.
 */
class EventCatalogTest {
    private static final long GAME = 11;
    private static final long OTHER_GAME = 12;

    private final Map<Long, List<String[]>> stored = new HashMap<>();
    private final List<Long> loads = new ArrayList<>();
    private final EventCatalog catalog = new EventCatalog(gameId -> {
        loads.add(gameId);
        return stored.getOrDefault(gameId, List.of());
    });
    private final Tally tally = new Tally();

    private void store(long game, String key, String segment, String value) {
        stored.computeIfAbsent(game, g -> new ArrayList<>()).add(new String[]{key, segment, value});
    }

    /** The stored rows of an event "purchase" segmented by country, with one value: TR. */
    private void storePurchasesFromTurkey() {
        store(GAME, "purchase", "", "");
        store(GAME, "purchase", "country", "");
        store(GAME, "purchase", "country", "TR");
    }

    private static Tally.MetaKey meta(String key, String segment, String value) {
        return new Tally.MetaKey(GAME, key, segment, value);
    }

    @Test
    void theLimitsAreCountlysDefaults() {
        assertEquals(500, EventCatalog.KEY_LIMIT);
        assertEquals(100, EventCatalog.SEGMENT_LIMIT);
        assertEquals(1000, EventCatalog.VALUE_LIMIT);
    }

    @Test
    void aGamesStoredCatalogIsLoadedOnceOnFirstUse() throws Exception {
        store(GAME, "level_up", "", "");
        assertTrue(catalog.admitKey(GAME, "level_up", tally));
        assertTrue(catalog.admitKey(GAME, "level_up", tally));
        assertTrue(catalog.admitKey(GAME, "purchase", tally));
        assertEquals(List.of(GAME), loads);
        catalog.admitKey(OTHER_GAME, "level_up", tally);
        assertEquals(List.of(GAME, OTHER_GAME), loads);
    }

    @Test
    void whatIsStoredIsNotRecordedAgain() throws Exception {
        storePurchasesFromTurkey();
        assertTrue(catalog.admitKey(GAME, "purchase", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "country", "TR", tally));
        assertEquals(Set.of(), tally.meta());
    }

    @Test
    void newKeysSegmentsAndValuesAreRecordedAsMetaRows() throws Exception {
        storePurchasesFromTurkey();
        assertTrue(catalog.admitKey(GAME, "level_up", tally));
        assertTrue(catalog.admitValue(GAME, "level_up", "level", "[CLY]3", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "country", "DE", tally));
        assertEquals(List.of(meta("level_up", "", ""), meta("level_up", "level", ""), meta("level_up", "level", "[CLY]3"),
                meta("purchase", "country", "DE")), new ArrayList<>(tally.meta()));
    }

    @Test
    void the501stEventKeyIsDroppedAndTheOthersKept() throws Exception {
        for (int i = 0; i < 500; i++) {
            store(GAME, "e" + i, "", "");
        }
        assertFalse(catalog.admitKey(GAME, "e500", tally));
        assertTrue(catalog.admitKey(GAME, "e0", tally));
        assertTrue(catalog.admitKey(GAME, "e499", tally));
        assertEquals(Set.of(), tally.meta());
        assertTrue(catalog.admitKey(OTHER_GAME, "e500", tally), "limits are per game");
    }

    @Test
    void keysLearntSinceLoadingCountTowardTheLimit() throws Exception {
        for (int i = 0; i < 499; i++) {
            store(GAME, "e" + i, "", "");
        }
        assertTrue(catalog.admitKey(GAME, "new", tally));
        assertFalse(catalog.admitKey(GAME, "newer", new Tally()));
        assertTrue(catalog.admitKey(GAME, "new", new Tally()));
    }

    @Test
    void the101stSegmentIsDroppedAndTheOthersKept() throws Exception {
        store(GAME, "purchase", "", "");
        for (int i = 0; i < 100; i++) {
            store(GAME, "purchase", "s" + i, "");
            store(GAME, "purchase", "s" + i, "v");
        }
        assertTrue(catalog.admitKey(GAME, "purchase", tally));
        assertFalse(catalog.admitValue(GAME, "purchase", "s100", "v", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "s0", "v", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "s99", "another", tally));
        assertEquals(List.of(meta("purchase", "s99", "another")), new ArrayList<>(tally.meta()));
        assertTrue(catalog.admitKey(GAME, "other", tally));
        assertTrue(catalog.admitValue(GAME, "other", "s100", "v", tally), "limits are per event");
    }

    @Test
    void the1001stValueIsDroppedAndTheOthersKept() throws Exception {
        store(GAME, "purchase", "", "");
        store(GAME, "purchase", "item", "");
        for (int i = 0; i < 1000; i++) {
            store(GAME, "purchase", "item", "i" + i);
        }
        assertTrue(catalog.admitKey(GAME, "purchase", tally));
        assertFalse(catalog.admitValue(GAME, "purchase", "item", "i1000", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "item", "i0", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "item", "i999", tally));
        assertTrue(catalog.admitValue(GAME, "purchase", "store", "i1000", tally), "limits are per segment");
        assertEquals(List.of(meta("purchase", "store", ""), meta("purchase", "store", "i1000")),
                new ArrayList<>(tally.meta()));
    }

    @Test
    void forgettingReloadsFromStorage() throws Exception {
        assertTrue(catalog.admitKey(GAME, "learnt", tally));
        catalog.forget();
        for (int i = 0; i < 500; i++) {
            store(GAME, "e" + i, "", "");
        }
        assertFalse(catalog.admitKey(GAME, "learnt", new Tally()), "what was learnt but not stored is gone");
        assertEquals(List.of(GAME, GAME), loads);
    }
}
