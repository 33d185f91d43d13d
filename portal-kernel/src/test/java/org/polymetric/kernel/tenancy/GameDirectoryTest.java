package org.polymetric.kernel.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GameDirectoryTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef01234567";
    private static final TenancyDatabase.Row GAME =
            new TenancyDatabase.Row(42, 7, 3, KEY, "s".repeat(40), "Europe/Istanbul", "Tetris", false, false, false);

    private final TenancyDatabase db = new TenancyDatabase();
    private final GameDirectory directory = new GameDirectory();

    @BeforeEach
    void wire() {
        directory.dataSource = db.dataSource();
        directory.versions = new TenancyVersions();
        directory.versions.dataSource = directory.dataSource;
        db.add(GAME);
    }

    @Test
    void aCardCarriesWhatModulesNeed() throws SQLException {
        GameCard card = directory.byKey(KEY).orElseThrow();
        assertEquals(new GameCard(42, 7, 3, KEY, "s".repeat(40), ZoneId.of("Europe/Istanbul"), "Tetris", GameCard.State.LIVE), card);
        assertTrue(card.accepting());
        assertEquals(new Containment(7, 3L, 42L), card.containment());
        db.update(new TenancyDatabase.Row(43, 7, 3, KEY.replace('0', 'e'), "s", "Mars/Olympus", "t", true, false, true));
        assertEquals(GameCard.State.ARCHIVED, directory.byKey(KEY.replace('0', 'e')).orElseThrow().state());
        assertEquals(ZoneOffset.UTC, directory.byId(43).orElseThrow().zone(), "a zone Java does not know reads as UTC");
    }

    @Test
    void inSteadyStateALookupAsksTheDatabaseNothing() throws SQLException {
        for (int i = 0; i < 1000; i++) {
            assertEquals(42, directory.byKey(i % 2 == 0 ? KEY : KEY.toUpperCase()).orElseThrow().id());
            assertEquals(KEY, directory.byId(42).orElseThrow().key(), "read by key, kept by id as well");
        }
        assertEquals(1, db.cardQueries());
        assertEquals(1, db.versionQueries(), "the versions are read at most once a second");
    }

    @Test
    void madeUpKeysCostOneQueryAndTextsNoKeyCanHoldNone() throws SQLException {
        String madeUp = "' OR 1=1 --";
        for (int i = 0; i < 1000; i++) {
            assertEquals(Optional.empty(), directory.byKey(madeUp));
            assertEquals(Optional.empty(), directory.byKey("f".repeat(41)));
            assertEquals(Optional.empty(), directory.byKey(""));
            assertEquals(Optional.empty(), directory.byId(-i));
        }
        assertEquals(1, db.cardQueries());
    }

    @Test
    void photonAppidsAreUuidsStoredAsTheGamesKey() throws SQLException {
        String appid = "0a1b2c3d-0000-4000-8000-000000000001";
        db.add(new TenancyDatabase.Row(45, 7, 3, appid, "s", "UTC", "Photon app", false, false, false));
        assertEquals(45, directory.byKey(appid).orElseThrow().id());
        assertEquals(Map.of(appid, directory.byKey(appid).orElseThrow()), directory.byKeys(List.of(appid, "x".repeat(41))));
    }

    @Test
    void aChangeBehindTheCachesBackIsSeenOnceTheVersionsAreReadAgain() throws Exception {
        assertTrue(directory.byKey(KEY).orElseThrow().accepting());
        db.update(new TenancyDatabase.Row(42, 7, 3, KEY, "new secret", "UTC", "Tetris", true, false, false));
        assertTrue(directory.byKey(KEY).orElseThrow().accepting(), "within the window the kept card answers");
        Thread.sleep(TenancyVersions.WINDOW.toMillis() + 50);
        GameCard now = directory.byKey(KEY).orElseThrow();
        assertEquals(GameCard.State.PAUSED, now.state());
        assertEquals("new secret", now.secret());
        assertEquals(2, db.cardQueries());
    }

    @Test
    void aKeyAskedForBeforeItsGameExistedIsFoundAfterTheWindow() throws Exception {
        String later = "a".repeat(40);
        assertEquals(Optional.empty(), directory.byKey(later));
        db.add(new TenancyDatabase.Row(44, 8, 4, later, "s", "UTC", "Later", false, false, false));
        assertEquals(Optional.empty(), directory.byKey(later), "kept unknown for the window");
        Thread.sleep(TenancyVersions.WINDOW.toMillis() + 50);
        assertEquals(44, directory.byKey(later).orElseThrow().id());
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() throws SQLException {
        directory.byKey(KEY);
        db.update(new TenancyDatabase.Row(42, 7, 3, KEY, "s", "UTC", "Tetris", false, true, false));
        directory.changed(42L, KEY);
        assertEquals(GameCard.State.DISABLED, directory.byKey(KEY).orElseThrow().state());
        assertEquals(GameCard.State.DISABLED, directory.byId(42).orElseThrow().state());
    }

    @Test
    void manyKeysAreReadOnlyWhenNotKeptAndAFewHundredToAQuery() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < GameDirectory.KEYS_PER_QUERY; i++) {
            keys.add(String.format("%040x", i + 1));
        }
        keys.add(KEY.toUpperCase());
        keys.add("x".repeat(41));
        Map<String, GameCard> found = directory.byKeys(keys);
        assertEquals(Map.of(KEY, directory.byId(42).orElseThrow()), found, "keyed as stored");
        assertEquals(2, db.cardQueries());
        assertEquals(found, directory.byKeys(keys));
        assertEquals(2, db.cardQueries(), "known and unknown keys alike were kept");
    }

    @Test
    void aDatabaseThatDoesNotAnswerReachesTheCallerAsSqlException() {
        db.down = true;
        assertThrows(SQLException.class, () -> directory.byKey(KEY));
        assertThrows(SQLException.class, () -> directory.byId(42));
        assertThrows(SQLException.class, () -> directory.byKeys(List.of(KEY)));
    }
}
