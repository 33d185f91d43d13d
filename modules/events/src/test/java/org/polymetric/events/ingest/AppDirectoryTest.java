package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polymetric.kernel.tenancy.GameKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppDirectoryTest {

    @Test
    void aGamesKeyIsFortyHexDigits() {
        assertTrue(GameKeys.isKey("0123456789abcdef0123456789abcdef01234567"));
        assertTrue(GameKeys.isKey("0123456789ABCDEF0123456789ABCDEF01234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "0123456789abcdef0123456789abcdef0123456", "0123456789abcdef0123456789abcdef012345678",
            "0123456789abcdef0123456789abcdef0123456g", "' OR 1=1 -- aaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anythingElseIsNoKeyAndIsNeverLookedUp(String key) throws Exception {
        assertFalse(GameKeys.isKey(key));
        // no data source: a lookup would fail
        assertTrue(new AppDirectory().byKey(key).isEmpty());
    }
}
