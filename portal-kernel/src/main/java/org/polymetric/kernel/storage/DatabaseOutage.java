package org.polymetric.kernel.storage;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a failure of the database to serve (it is away, the pool has no connection to give within
 * its wait, the disk is full, the server is read-only, rows are locked past the wait) from a
 * fault of the portal's own: the first is answered 503 with {@code Retry-After} (clients retry, and
 * nothing was stored), the second 500 with an incident id. Whatever wraps the SQL failure (JPA,
 * EclipseLink, a module's own exception, the pool's allocation failure) is looked through.
 */
public final class DatabaseOutage {
    /** What a client reads in every shape: the portal, not the request, is the problem. */
    public static final String MESSAGE = "Temporarily unavailable: the database does not answer; try again shortly";

    /** Seconds a client is asked to wait before it retries. */
    public static final int RETRY_AFTER_SECONDS = 2;

    /** MariaDB's "disk full" (1021) and "the table is full" (1114): nothing can be written until space is made. */
    private static final int DISK_FULL = 1021;
    private static final int TABLE_FULL = 1114;
    /** Errors that carry the operating system's errno in their text: writing a file (3), on write (1026), from the engine (1030). */
    private static final int[] WITH_ERRNO = {3, 1026, 1030};
    /** Too many connections (1040), the account's connection limit (1203), a read-only server (1290, 1792). */
    private static final int[] REFUSING = {1040, 1203, 1290, 1792};
    /** A statement past max_statement_time (1969) or stopped by a shutdown (1053). */
    private static final int[] CUT_OFF = {1969, 1053};
    private static final int MAX_DEPTH = 32;
    private static final long LOG_EVERY_MS = 10_000;

    private static final AtomicLong lastLogged = new AtomicLong();
    private static final AtomicInteger unlogged = new AtomicInteger();

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or something it was caused by, says the database cannot serve right now. */
    public static boolean causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < MAX_DEPTH && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ResourceException || t instanceof SQLException e && isOutage(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one SQL failure is the database's, not the statement's. */
    static boolean isOutage(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException || e instanceof SQLTimeoutException) {
            return true;
        }
        String state = e.getSQLState();
        int code = e.getErrorCode();
        if (state != null && state.startsWith("08") || Storage.isLockConflict(e)
                || code == DISK_FULL || code == TABLE_FULL || in(code, REFUSING) || in(code, CUT_OFF)) {
            return true;
        }
        return in(code, WITH_ERRNO) && isNoSpace(e.getMessage());
    }

    /** ENOSPC as MariaDB words it: "(Errcode: 28 ...)", "errno: 28", "Got error 28 from storage engine". */
    static boolean isNoSpace(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("no space left") || m.matches("(?s).*\\b(errcode|errno|error):? 28\\b.*");
    }

    private static boolean in(int code, int[] codes) {
        for (int c : codes) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs an outage met on {@code where}: one line, never a trace (the cause is the database's, and
     * a flood of clients would write one per request), and at most one line every 10 s, saying how
     * many were left out.
     */
    public static void log(Logger log, String where, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last < LOG_EVERY_MS || !lastLogged.compareAndSet(last, now)) {
            unlogged.incrementAndGet();
            return;
        }
        int more = unlogged.getAndSet(0);
        log.log(Level.WARNING, "the database cannot serve " + where + " (answered 503): " + innermost(failure)
                + (more > 0 ? " (and " + more + " more requests since the last line)" : ""));
    }

    private static String innermost(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < MAX_DEPTH; depth++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
