package org.polymetric.counters.service;

/**
 * Why a write request stores nothing: its HTTP status, a message, and the line to blame (0 when
 * the whole request is at fault).
 */
public final class WriteRefusal extends RuntimeException {
    private final int status;
    private final int line;

    public WriteRefusal(int status, String message, int line) {
        super(message, null, false, false);
        this.status = status;
        this.line = line;
    }

    public int status() {
        return status;
    }

    public int line() {
        return line;
    }
}
