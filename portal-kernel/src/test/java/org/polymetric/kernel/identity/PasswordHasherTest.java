package org.polymetric.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Argon2 is slow on purpose (about 0.3 s a call), so the two hashes are made once for the class. */
class PasswordHasherTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static String first;
    private static String second;

    @BeforeAll
    static void hashTheSamePasswordTwice() {
        first = PasswordHasher.hash(PASSWORD);
        second = PasswordHasher.hash(PASSWORD);
    }

    @Test
    void hashIsNotThePasswordAndNamesArgon2() {
        assertFalse(first.contains(PASSWORD));
        assertTrue(first.toLowerCase().contains("argon2"), first);
    }

    @Test
    void sameRightPasswordVerifies() {
        assertTrue(PasswordHasher.matches(PASSWORD, first));
    }

    @Test
    void wrongPasswordFails() {
        assertFalse(PasswordHasher.matches("correct horse battery stapler", second));
    }

    @Test
    void missingStoredHashNeverMatches() {
        assertFalse(PasswordHasher.matches(PASSWORD, null));
    }

    @Test
    void samePasswordHashesDifferentlyBecauseOfTheSalt() {
        assertNotEquals(first, second);
    }
}
