package org.polymetric.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void secretIsPmPrefixFollowedByAtLeast43UrlSafeCharacters() {
        String value = TokenSecret.generate().value();
        assertTrue(value.startsWith("pm_"), value);
        assertTrue(value.substring(3).matches("[A-Za-z0-9_-]{43,}"), value);
    }

    @Test
    void everySecretIsNew() {
        assertNotEquals(TokenSecret.generate().value(), TokenSecret.generate().value());
    }

    @Test
    void hashIsTheLowerCaseHexSha256OfTheValue() {
        TokenSecret secret = TokenSecret.generate();
        assertTrue(secret.hash().matches("[0-9a-f]{64}"), secret.hash());
        assertEquals(TokenSecret.hashOf(secret.value()), secret.hash());
    }

    @Test
    void hashOfMatchesKnownSha256Vectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenSecret.hashOf(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecret.hashOf("abc"));
    }

    @Test
    void differentSecretsHashDifferently() {
        assertNotEquals(TokenSecret.hashOf("pm_a"), TokenSecret.hashOf("pm_b"));
    }

    @Test
    void hintIsTheFirstEightCharactersFollowedByAnEllipsis() {
        TokenSecret secret = TokenSecret.generate();
        assertEquals(secret.value().substring(0, 8) + "…", secret.hint());
        assertTrue(secret.hint().startsWith("pm_"));
    }

    @Test
    void hintOfAShortValueIsTheWholeValue() {
        assertEquals("pm_x…", new TokenSecret("pm_x").hint());
    }
}
