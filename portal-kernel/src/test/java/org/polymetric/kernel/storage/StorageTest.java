package org.polymetric.kernel.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StorageTest {
    @Test
    void aDeadlockOrALockWaitTimeoutIsAConflictToRetry() {
        assertTrue(Storage.isLockConflict(new SQLException("Deadlock found", "40001", 1213)));
        assertTrue(Storage.isLockConflict(new SQLException("Deadlock found", "HY000", 1213)));
        assertTrue(Storage.isLockConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertTrue(Storage.isLockConflict(new SQLException("serialization failure", "40001", 0)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Storage.isLockConflict(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(Storage.isLockConflict(new SQLException("Connection closed", "08000", 0)));
    }
}
