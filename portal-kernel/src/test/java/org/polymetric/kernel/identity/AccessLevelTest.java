package org.polymetric.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessLevelTest {

    @Test
    void levelsAreOrderedWeakestFirst() {
        assertEquals(List.of(AccessLevel.VIEWER, AccessLevel.ADMIN, AccessLevel.OWNER, AccessLevel.PRIMARY_OWNER),
                List.of(AccessLevel.values()));
    }

    @Test
    void wordsAreTheGameAnalyticsRoleNames() {
        assertEquals("viewer", AccessLevel.VIEWER.word());
        assertEquals("admin", AccessLevel.ADMIN.word());
        assertEquals("owner", AccessLevel.OWNER.word());
        assertEquals("primary_owner", AccessLevel.PRIMARY_OWNER.word());
    }

    @Test
    void actionsAreThePermissionVerbs() {
        assertEquals("view", AccessLevel.VIEWER.action());
        assertEquals("admin", AccessLevel.ADMIN.action());
        assertEquals("owner", AccessLevel.OWNER.action());
        assertEquals("primary", AccessLevel.PRIMARY_OWNER.action());
    }

    @ParameterizedTest
    @EnumSource(AccessLevel.class)
    void wordAndActionRoundTrip(AccessLevel level) {
        assertEquals(Optional.of(level), AccessLevel.fromWord(level.word()));
        assertEquals(Optional.of(level), AccessLevel.fromAction(level.action()));
    }

    @Test
    void unknownWordsAndActionsAreEmpty() {
        assertEquals(Optional.empty(), AccessLevel.fromWord("view"));
        assertEquals(Optional.empty(), AccessLevel.fromWord("VIEWER"));
        assertEquals(Optional.empty(), AccessLevel.fromWord(null));
        assertEquals(Optional.empty(), AccessLevel.fromAction("viewer"));
        assertEquals(Optional.empty(), AccessLevel.fromAction("primary_owner"));
        assertEquals(Optional.empty(), AccessLevel.fromAction(null));
    }

    @Test
    void atLeastHoldsForTheSameAndWeakerLevels() {
        assertTrue(AccessLevel.ADMIN.atLeast(AccessLevel.ADMIN));
        assertTrue(AccessLevel.ADMIN.atLeast(AccessLevel.VIEWER));
        assertFalse(AccessLevel.ADMIN.atLeast(AccessLevel.OWNER));
        assertTrue(AccessLevel.PRIMARY_OWNER.atLeast(AccessLevel.OWNER));
        assertFalse(AccessLevel.VIEWER.atLeast(AccessLevel.ADMIN));
        assertFalse(AccessLevel.OWNER.atLeast(AccessLevel.PRIMARY_OWNER));
    }
}
