package org.polymetric.kernel.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GameKeysTest {

    @Test
    void keyAndSecretAreFortyLowerCaseHexCharacters() {
        GameKeys keys = GameKeys.generate();
        assertTrue(keys.key().matches("[0-9a-f]{40}"), keys.key());
        assertTrue(keys.secretKey().matches("[0-9a-f]{40}"), keys.secretKey());
    }

    @Test
    void keyDiffersFromItsSecret() {
        GameKeys keys = GameKeys.generate();
        assertNotEquals(keys.key(), keys.secretKey());
    }

    @Test
    void everyCallGivesNewKeys() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            GameKeys keys = GameKeys.generate();
            seen.add(keys.key());
            seen.add(keys.secretKey());
        }
        assertEquals(100, seen.size());
    }
}
