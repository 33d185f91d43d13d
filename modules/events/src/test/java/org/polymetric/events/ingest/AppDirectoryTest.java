package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;
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

    @Test
    void aDatabaseThatDoesNotAnswerIsBusyForSdksWhichRetry() {
        AppDirectory apps = new AppDirectory();
        apps.games = new GameDirectory() {
            @Override
            public Optional<GameCard> byKey(String key) throws SQLException {
                throw new SQLException("connection refused");
            }
        };
        Refusal refusal = assertThrows(Refusal.class, () -> apps.require("0123456789abcdef0123456789abcdef01234567"));
        assertEquals(503, refusal.status());
        assertEquals("Server is busy, try again later", refusal.result());
    }
}
