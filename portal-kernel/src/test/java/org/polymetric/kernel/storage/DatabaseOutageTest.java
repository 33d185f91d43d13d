package org.polymetric.kernel.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void anUnreachableDatabaseIsAnOutageHoweverDeepItIsWrapped() {
        SQLException refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1. Connection refused", "08000");
        assertTrue(DatabaseOutage.causes(refused));
        assertTrue(DatabaseOutage.causes(new IllegalStateException("looking up 3 games", refused)));
        assertTrue(DatabaseOutage.causes(new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(refused))));
        assertTrue(DatabaseOutage.causes(new SQLTransientConnectionException("Connection reset")));
        assertTrue(DatabaseOutage.causes(new SQLException("Communications link failure", "08S01", 0)));
    }

    @Test
    void aPoolThatCannotAllocateAConnectionIsAnOutage() {
        // Payara: "Error in allocating a connection. Cause: In-use connections equal max-pool-size and expired max-wait-time"
        SQLException pool = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("In-use connections equal max-pool-size and expired max-wait-time"));
        assertTrue(DatabaseOutage.causes(new RuntimeException(pool)));
        assertTrue(DatabaseOutage.causes(new SQLException("Too many connections", "08004", 1040)));
    }

    @Test
    void aFullDiskIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new SQLException("The table 'export_minute' is full", "HY000", 1114)));
        assertTrue(DatabaseOutage.causes(new SQLException("Disk full (/var/tmp/#sql_1.MAI); waiting for someone to free some space...",
                "HY000", 1021)));
        assertTrue(DatabaseOutage.causes(new SQLException("Error writing file './polymetric/x.ibd' (Errcode: 28 \"No space left on device\")",
                "HY000", 3)));
        assertTrue(DatabaseOutage.causes(new SQLException("Got error 28 \"No space left on device\" from storage engine InnoDB",
                "HY000", 1030)));
        assertFalse(DatabaseOutage.causes(new SQLException("Got error 140 \"Wrong create options\" from storage engine", "HY000", 1030)));
        assertFalse(DatabaseOutage.causes(new SQLException("Error writing file 'x' (Errcode: 280)", "HY000", 3)));
    }

    @Test
    void aReadOnlyServerOrRowsLockedTooLongAreOutages() {
        assertTrue(DatabaseOutage.causes(new SQLException("The MariaDB server is running with the --read-only option", "HY000", 1290)));
        assertTrue(DatabaseOutage.causes(new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205)));
        assertTrue(DatabaseOutage.causes(new SQLException("Query execution was interrupted (max_statement_time exceeded)", "70100", 1969)));
    }

    @Test
    void whatTheStatementOrThePortalGotWrongIsNot() {
        assertFalse(DatabaseOutage.causes(new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000", 1064)));
        assertFalse(DatabaseOutage.causes(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseOutage.causes(new SQLException("Data too long for column", "22001", 1406)));
        assertFalse(DatabaseOutage.causes(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.causes(new UncheckedIOException(new java.io.IOException("Broken pipe"))));
        assertFalse(DatabaseOutage.causes(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causes(a));
    }
}
